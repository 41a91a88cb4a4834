import { expect, expectAccessible, keepScreenshot, test } from '../support/fixtures';
import { PASSWORD, uniqueEmail } from '../support/data';
import { linkFromLatestEmail, requestSignUp, signUp, suffix } from '../support/flows';

const NEW_PASSWORD = 'le nouveau mot de passe de Maëlle';

test('sign-up: a "check your inbox" page, then the e-mailed link creates the space; an existing address gets the same page', async ({ page, mailbox }) => {
  const email = uniqueEmail('inscription');
  await requestSignUp(page, `Commune de Plounéour ${suffix()}`, email);
  await expect(page.getByText(`Un e-mail vient de partir vers ${email}.`)).toBeVisible();
  await expectAccessible(page, 'inscription : e-mail envoyé');
  await keepScreenshot(page, '20-inscription-email-envoye');

  const message = await mailbox.latestTo(email);
  expect(message.subject).toMatch(/^Confirmez l'inscription de Commune de Plounéour .+ sur Passerelles$/);
  const confirmationLink = await linkFromLatestEmail(email, '/inscription/confirmation', mailbox);
  await page.goto(confirmationLink);
  await expect(page.getByRole('heading', { level: 1, name: "Confirmer l'inscription" })).toBeVisible();
  await expectAccessible(page, "confirmation d'inscription");
  await keepScreenshot(page, '21-inscription-confirmation');
  await page.getByRole('button', { name: "Confirmer et ouvrir l'espace" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  // The same address again: the same page, and an e-mail telling its owner, instead of a second space.
  await requestSignUp(page, `Commune de Plounéour bis ${suffix()}`, email);
  await expect(page.getByText(`Un e-mail vient de partir vers ${email}.`)).toBeVisible();
  await expect.poll(() => mailbox.messagesTo(email).length, { timeout: 20_000 }).toBe(2);
  const notice = mailbox.messagesTo(email).at(-1)!;
  expect(notice.subject).toBe('Vous avez déjà un compte Passerelles');
  expect(notice.text).toContain('/mot-de-passe-oublie');

  // A link opened twice: the second time says so, in French.
  await page.goto(confirmationLink);
  await page.getByRole('button', { name: "Confirmer et ouvrir l'espace" }).click();
  await expect(page.getByRole('alert')).toContainText('Cette inscription est déjà confirmée');
  await expectAccessible(page, 'confirmation déjà faite');
});

test('forgotten password: from the login page, an e-mailed link, a new password, every session closed', async ({ page, browser, mailbox }) => {
  const email = uniqueEmail('oubli');
  await signUp(page, `Commune de Kerlouan ${suffix()}`, email);
  // Another browser where the person is signed in: the reset closes that session too.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto('/connexion');
  await other.getByLabel('Adresse e-mail').fill(email);
  await other.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await other.getByRole('button', { name: 'Se connecter' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
  await expectAccessible(page, 'mot de passe oublié');
  await keepScreenshot(page, '22-mot-de-passe-oublie');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte de réception' })).toBeVisible();
  await expect(page.getByText(`Si un compte Passerelles existe pour ${email}`)).toBeVisible();
  await expectAccessible(page, 'mot de passe oublié : e-mail envoyé');

  await expect.poll(() => mailbox.messagesTo(email).some((message) => message.subject === 'Choisir un nouveau mot de passe Passerelles'), { timeout: 20_000 }).toBe(true);
  await page.goto(await linkFromLatestEmail(email, '/mot-de-passe/nouveau', mailbox));
  await expect(page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' })).toBeVisible();
  await page.getByLabel('Nouveau mot de passe').fill('azertyuiop2026');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Ce mot de passe fait partie des plus courants').first()).toBeVisible();
  await expectAccessible(page, 'nouveau mot de passe refusé');
  await keepScreenshot(page, '23-nouveau-mot-de-passe-refuse');
  await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Votre mot de passe a été changé et toutes vos sessions fermées.')).toBeVisible();
  await expectAccessible(page, 'connexion après changement de mot de passe');

  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();

  // The other browser's session was closed by the reset.
  await other.reload();
  await expect(other.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await otherContext.close();
});

test('the built web app publishes no source maps', async ({ page, request }) => {
  await page.goto('/connexion');
  const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const body = await (await request.get(script)).text();
    expect(body, script).not.toContain('sourceMappingURL');
    // The preview server may answer any path with the app's page: what matters is that no map is served.
    expect(await (await request.get(`${script}.map`)).text(), `${script}.map`).not.toContain('"mappings"');
  }
});
