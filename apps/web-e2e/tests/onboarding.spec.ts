import { expect, expectAccessible, keepScreenshot, test } from '../support/fixtures';
import { PASSWORD, uniqueEmail } from '../support/data';
import { signUp } from '../support/flows';

test('a collectivité signs up, invites a technician who accepts by e-mail and finds an empty project list', async ({ page, browser, mailbox, baseURL }) => {
  const tenantName = `Commune de Locmaria ${Date.now().toString(36)}`;
  const adminEmail = uniqueEmail('admin');
  const technicianEmail = uniqueEmail('technicienne');

  await page.goto('/inscription');
  await expectAccessible(page, 'inscription');
  await keepScreenshot(page, '01-inscription');
  await signUp(page, tenantName, adminEmail);
  await expect(page.getByText('Aucun projet pour le moment.')).toBeVisible();
  await expect(page.getByLabel('Collectivité')).toHaveValue(/.+/);
  await expectAccessible(page, 'projets (admin)');
  await keepScreenshot(page, '02-projets-admin');

  for (const [link, heading] of [
    ['Tableau de bord', 'Tableau de bord'],
    ['Relances', 'Relances'],
    ['Exports', 'Exports'],
  ]) {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, heading);
  }

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('link', { name: /^Membres/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Membres' })).toBeVisible();
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(technicianEmail);
  await page.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Chargé·e de mission' });
  await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText(`Invitation envoyée à ${technicianEmail}.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: technicianEmail })).toBeVisible();
  await expectAccessible(page, 'membres');
  await keepScreenshot(page, '03-membres-invitation');

  // The invitation really went through the worker and SMTP.
  const email = await mailbox.latestTo(technicianEmail);
  expect(email.subject).toBe(`Invitation à rejoindre ${tenantName} sur Passerelles`);
  const link = /(https?:\/\/\S+\/invitation#[A-Za-z0-9_-]{43})/.exec(email.text)?.[1];
  expect(link, 'invitation link in the e-mail').toBeTruthy();
  expect(link!.startsWith(baseURL!)).toBe(true);

  const technicianContext = await browser.newContext();
  const technician = await technicianContext.newPage();
  await technician.goto(link!);
  await expect(technician.getByRole('heading', { level: 1, name: `Rejoindre ${tenantName}` })).toBeVisible();
  await expect(technician.getByText('Chargé·e de mission')).toBeVisible();
  await expectAccessible(technician, 'invitation');
  await keepScreenshot(technician, '04-invitation');
  await technician.getByLabel('Prénom et nom').fill('Nolwenn Tanguy');
  await technician.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await technician.getByRole('button', { name: "Accepter l'invitation" }).click();
  await expect(technician.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();

  // Log out, then log in again as the technician.
  await technician.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(technician.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expectAccessible(technician, 'connexion');
  await keepScreenshot(technician, '05-connexion');
  await technician.getByLabel('Adresse e-mail').fill(technicianEmail);
  await technician.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await technician.getByRole('button', { name: 'Se connecter' }).click();
  await expect(technician.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
  await expect(technician.getByText('Aucun projet pour le moment.')).toBeVisible();
  await expect(technician.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await expectAccessible(technician, 'projets (chargée de mission)');
  await keepScreenshot(technician, '06-projets-technicienne');
  await technicianContext.close();

  // The admin sees the new member and the audit journal.
  await page.goto('/administration/membres');
  await expect(page.getByRole('cell', { name: 'Nolwenn Tanguy' })).toBeVisible();
  await page.goto('/administration/journal');
  await expect(page.getByRole('heading', { level: 1, name: "Journal d'audit" })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Acceptation' }).first()).toBeVisible();
  await expectAccessible(page, 'journal');
  await keepScreenshot(page, '07-journal');
});

test('bad input gets French messages next to the fields, and the server’s refusals are shown', async ({ page }) => {
  await page.goto('/inscription');
  await page.getByLabel('Numéro SIREN').fill('123456789');
  await page.getByLabel('Mot de passe', { exact: true }).fill('court');
  await page.getByRole('button', { name: "Créer l'espace de la collectivité" }).click();
  const summary = page.getByRole('alert').filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
  await expect(summary).toBeVisible();
  await expect(page.getByLabel('Numéro SIREN')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('SIREN invalide : 9 chiffres dont le dernier est une clé de contrôle (vérifiez la saisie).').first()).toBeVisible();
  await expect(page.getByText('Le mot de passe doit compter au moins 12 caractères.').first()).toBeVisible();
  await expectAccessible(page, 'inscription avec erreurs');
  await keepScreenshot(page, '08-inscription-erreurs');

  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(uniqueEmail('inconnu'));
  await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe faux');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeVisible();
});

test('the interface switches to English and back', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Connexion');
  await expectAccessible(page, 'login in English');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
});

test('an unauthenticated visit to the app is sent to the login page, then back', async ({ page }) => {
  const email = uniqueEmail('retour');
  await signUp(page, `Commune du Retour ${Date.now().toString(36)}`, email);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.goto('/relances');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
});
