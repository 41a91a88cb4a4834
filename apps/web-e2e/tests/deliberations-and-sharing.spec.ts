import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { createProject } from '../support/api';
import { graphqlFromPage } from '../support/graphql-from-page';
import { FOCUS_RING, NARROW_PHONE, PHONE, countPixelsOfColour, expect, expectAccessible, expectNoSidewaysScroll, keepScreenshot, test } from '../support/fixtures';
import { uniqueEmail } from '../support/data';
import { signUp, suffix } from '../support/flows';

// Each test signs up its own collectivités (unique SIRENs and e-mails): the tests run in parallel, in any order.

/** Today in Paris, the product's calendar ("AAAA-MM-JJ"). */
function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function daysBefore(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A calendar date as the French interface writes it ("12 novembre 2026"). */
function frenchDate(isoDate: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An amount in euros as the French interface writes it, whatever space the formatter puts between groups. */
function euros(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s') + '\\s€');
}

/** The page of a deliberation: its workflow region, and the status message after a step. */
async function move(page: Page, button: string, status: string): Promise<void> {
  await page.getByRole('region', { name: 'Suivi de la délibération' }).getByRole('button', { name: button }).click();
  await expect(page.getByText(`La délibération a désormais le statut « ${status} ».`)).toBeVisible();
}

/** Opens a dated step's dialog, types its date and confirms. */
async function moveWithDate(page: Page, button: string, dialogTitle: string, dateLabel: string, date: string, status: string): Promise<Locator> {
  await page.getByRole('region', { name: 'Suivi de la délibération' }).getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await expect(dialog.getByLabel(dateLabel)).toHaveValue(parisToday());
  await dialog.getByLabel(dateLabel).fill(date);
  await dialog.getByRole('button', { name: button }).click();
  await expect(page.getByText(`La délibération a désormais le statut « ${status} ».`)).toBeVisible();
  return dialog;
}

/** The date of a row of the summary list ("Date du vote" → "3 novembre 2026"). */
function summaryValue(page: Page, term: string): Locator {
  return page.locator('.summary-list > div').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) }).getByRole('definition');
}

test('a commission permanente deliberation covers two projects with their amounts, becomes executory, and a mistaken vote date is corrected with its reason', async ({ page }) => {
  test.setTimeout(240_000);
  const id = suffix();
  const year = Number(parisToday().slice(0, 4));
  await signUp(page, `Commune de Trégastel ${id}`, uniqueEmail('admin-cp'));
  const podor = { code: `SN-SANTE-${id}`.toUpperCase(), title: `Santé maternelle à Podor ${id}` };
  const jacmel = { code: `HT-ECOLE-${id}`.toUpperCase(), title: `Écoles de Jacmel ${id}` };
  const podorId = await createProject(page, podor.code, podor.title);
  const jacmelId = await createProject(page, jacmel.code, jacmel.title);

  await page.setViewportSize(PHONE);
  await page.goto('/deliberations');
  await page.getByRole('link', { name: 'Nouvelle délibération' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle délibération' })).toBeVisible();
  const number = `CP-${id}`.toUpperCase();
  const title = `Subventions de solidarité internationale ${id}`;
  await page.getByLabel('Numéro', { exact: true }).fill(number);
  await page.getByLabel('Intitulé', { exact: true }).fill(title);
  await page.getByLabel('Assemblée', { exact: true }).selectOption({ label: 'Commission permanente' });
  await page.getByLabel('Objet', { exact: true }).selectOption({ label: 'Subvention' });
  await page.getByLabel('Exercice budgétaire').fill(String(year));

  // The calendar button of a date field, reached by Tab after the day, month and year, shows the app's focus ring
  // inside the field (the field's own ring is drawn outside its box, out of the screenshot).
  const sessionDate = page.getByLabel('Date de la séance');
  await sessionDate.focus();
  expect(await countPixelsOfColour(page, await sessionDate.screenshot(), FOCUS_RING), 'no ring inside the field while the day has focus').toBe(0);
  for (let segment = 0; segment < 3; segment++) await page.keyboard.press('Tab');
  await expect(sessionDate).toBeFocused();
  expect(await countPixelsOfColour(page, await sessionDate.screenshot(), FOCUS_RING), 'focus ring around the calendar button').toBeGreaterThan(40);
  await page.keyboard.press('Tab');

  // Two rows: the first project twice is refused by the shared schema, next to the row.
  const covered = page.getByRole('group', { name: 'Projets couverts' });
  await covered.getByRole('button', { name: 'Ajouter un projet couvert' }).click();
  const first = covered.getByRole('group', { name: 'Projet couvert 1' });
  await expect(first.getByLabel('Projet', { exact: true })).toBeFocused();
  await first.getByLabel('Projet', { exact: true }).selectOption(podorId);
  await first.getByLabel('Montant accordé (€)').fill('12 500');
  await covered.getByRole('button', { name: 'Ajouter un projet couvert' }).click();
  const second = covered.getByRole('group', { name: 'Projet couvert 2' });
  await second.getByLabel('Projet', { exact: true }).selectOption(podorId);
  await second.getByLabel('Montant accordé (€)').fill('7 500,50');
  await expect(covered.getByRole('status')).toHaveText(euros('Total accordé : 20 000,50'));
  await expectAccessible(page, 'nouvelle délibération, deux projets couverts');
  await expectNoSidewaysScroll(page, 'nouvelle délibération (390 px)');
  await keepScreenshot(page, 'dl-a-01-formulaire-deux-projets');

  await page.getByRole('button', { name: 'Enregistrer la délibération' }).click();
  const summary = page.getByRole('alert').filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
  await expect(summary.getByRole('link', { name: 'Projet couvert 2 — Projet : Ce projet figure déjà dans la délibération.' })).toBeVisible();
  await expect(second.getByText('Ce projet figure déjà dans la délibération.')).toBeVisible();
  await second.getByLabel('Projet', { exact: true }).selectOption(jacmelId);
  await page.getByRole('button', { name: 'Enregistrer la délibération' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `${number} — ${title}` })).toBeVisible();
  await expect(page.getByText('La délibération a été enregistrée.')).toBeVisible();
  await expect(summaryValue(page, 'Assemblée')).toHaveText('Commission permanente');
  await expect(summaryValue(page, 'Année de numérotation')).toHaveText(String(year));
  const projects = page.getByRole('region', { name: `Projets couverts par la délibération n° ${number}` });
  await expect(projects.getByRole('row', { name: new RegExp(podor.title) })).toContainText(euros('12 500,00'));
  await expect(projects.getByRole('row', { name: new RegExp(jacmel.title) })).toContainText(euros('7 500,50'));
  await expect(projects.getByRole('row', { name: /Total/ })).toContainText(euros('20 000,50'));
  await expectAccessible(page, 'délibération en projet');
  await expectNoSidewaysScroll(page, 'délibération (390 px)');
  await keepScreenshot(page, 'dl-a-02-deliberation');

  // Through its steps, each date asked in a dialog (today by default).
  const today = parisToday();
  const votedOn = daysBefore(today, 10);
  const transmittedOn = daysBefore(today, 5);
  await move(page, "Inscrire à l'ordre du jour", "Inscrite à l'ordre du jour");
  await page.getByRole('region', { name: 'Suivi de la délibération' }).getByRole('button', { name: 'Enregistrer le vote' }).click();
  const vote = page.getByRole('dialog', { name: `Vote de la délibération n° ${number}` });
  await expect(vote.getByLabel('Date du vote')).toHaveValue(today);
  await expectAccessible(page, 'dialogue du vote');
  await keepScreenshot(page, 'dl-a-03-dialogue-vote');
  await vote.getByRole('button', { name: 'Annuler' }).click();
  await expect(vote).toBeHidden();
  await moveWithDate(page, 'Enregistrer le vote', `Vote de la délibération n° ${number}`, 'Date du vote', votedOn, 'Votée');
  await moveWithDate(page, 'Enregistrer la transmission au préfet', `Transmission au préfet de la délibération n° ${number}`, 'Date de transmission', transmittedOn, 'Transmise au préfet');
  await moveWithDate(page, 'Rendre exécutoire', `Caractère exécutoire de la délibération n° ${number}`, 'Exécutoire depuis le', today, 'Exécutoire');
  await expect(summaryValue(page, 'Date du vote')).toHaveText(frenchDate(votedOn));
  await expect(summaryValue(page, 'Exécutoire depuis le')).toHaveText(frenchDate(today));
  await expect(page.getByRole('link', { name: 'Modifier' })).toHaveCount(0);

  // An end asks its reason: the dialog refuses to go without one (and is left without ending anything).
  await page.getByRole('region', { name: 'Suivi de la délibération' }).getByRole('button', { name: "Enregistrer l'abrogation" }).click();
  const repeal = page.getByRole('dialog', { name: `Abrogation de la délibération n° ${number}` });
  await repeal.getByRole('button', { name: "Enregistrer l'abrogation" }).click();
  await expect(repeal.getByText('Indiquez le motif (décision du tribunal, délibération d’abrogation, raison du retrait).')).toBeVisible();
  await expect(repeal.getByLabel('Motif')).toBeFocused();
  await expectAccessible(page, "dialogue d'abrogation, motif manquant");
  await keepScreenshot(page, 'dl-a-04-abrogation-motif');
  await repeal.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.locator('.page-meta')).toContainText('Exécutoire');

  // The vote was in fact on another day: corrected, with a reason; a date out of order is refused by the API.
  await page.getByRole('button', { name: 'Corriger une date' }).click();
  const correction = page.getByRole('dialog', { name: `Corriger une date de la délibération n° ${number}` });
  await correction.getByLabel('Date à corriger').selectOption('votedOn');
  await expect(correction.getByLabel('Bonne date')).toHaveValue(votedOn);
  await correction.getByLabel('Bonne date').fill(daysBefore(today, 2));
  await correction.getByLabel('Motif de la correction').fill('erreur');
  await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(correction.getByText('15 caractères au minimum.')).toBeVisible();
  await expectAccessible(page, 'dialogue de correction, motif trop court');
  await keepScreenshot(page, 'dl-a-05-correction-motif-court');
  await correction.getByLabel('Motif de la correction').fill('Date recopiée du registre des délibérations : le vote a eu lieu en séance du matin.');
  await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(correction.getByText('La date de transmission au préfet ne peut pas précéder la date du vote.').first()).toBeVisible();
  const correctedVote = daysBefore(today, 12);
  await correction.getByLabel('Bonne date').fill(correctedVote);
  await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(correction).toBeHidden();
  await expect(page.getByText('Correction enregistrée : Date du vote.')).toBeVisible();
  await expect(summaryValue(page, 'Date du vote')).toHaveText(frenchDate(correctedVote));
  await expectAccessible(page, 'délibération exécutoire, date corrigée');
  await keepScreenshot(page, 'dl-a-06-executoire-corrigee');

  // The upload field reflows at 320 px (WCAG 1.4.10): the file input stays inside its card.
  await page.setViewportSize(NARROW_PHONE);
  const fileInput = page.getByLabel('Ajouter un document');
  await fileInput.scrollIntoViewIfNeeded();
  const [input, card] = await Promise.all([fileInput.boundingBox(), page.locator('.upload-form').boundingBox()]);
  expect(input!.x + input!.width, 'file input inside its card at 320 px').toBeLessThanOrEqual(card!.x + card!.width);
  await expectNoSidewaysScroll(page, 'délibération (320 px)');
  await keepScreenshot(page, 'dl-a-07-deliberation-320');

  // The list shows the year and the total, and the covered projects.
  await page.setViewportSize(PHONE);
  await page.getByRole('link', { name: 'Toutes les délibérations' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText(`${number} (${correctedVote.slice(0, 4)})`);
  await expect(row).toContainText('Exécutoire');
  await expect(row).toContainText(euros('20 000,50'));
  await expect(row.getByRole('link', { name: podor.code })).toBeVisible();
  await expect(row.getByRole('link', { name: jacmel.code })).toBeVisible();
  await expectAccessible(page, 'liste des délibérations');
  await expectNoSidewaysScroll(page, 'liste des délibérations (390 px)');
  await keepScreenshot(page, 'dl-a-08-liste');

  // The date correction is in the audit journal, with its reason.
  await page.goto('/administration/journal');
  const correctionEvent = page.getByRole('row').filter({ hasText: 'Correction de date' });
  await expect(correctionEvent).toHaveCount(1);
  await correctionEvent.getByText('2 champs').click();
  await expect(correctionEvent).toContainText('Date recopiée du registre des délibérations');
  // The creation lists the covered projects in words (codes, titles, amounts), not identifiers.
  const creation = page.getByRole('row').filter({ hasText: 'Délibération' }).filter({ hasText: 'Création' });
  await creation.getByText(/\d+ champs/).click();
  const coveredProjects = creation.getByRole('listitem').filter({ hasText: 'Projets couverts' });
  await expect(coveredProjects).toContainText(podor.code);
  await expect(coveredProjects).toContainText(jacmel.title);
  await expect(coveredProjects).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await keepScreenshot(page, 'dl-a-09-journal');
});

test('a partner collectivité records its own deliberation for its contribution to a shared project and sees its coverage per year; the lead shares a document the partner downloads', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const id = suffix();
  const year = Number(parisToday().slice(0, 4));
  await signUp(page, `Commune de Lannilis ${id}`, uniqueEmail('admin-lead'));
  const title = `Eau potable à Ambositra ${id}`;
  const projectId = await createProject(page, `MG-EAU-${id}`.toUpperCase(), title);
  const partnerContext = await browser.newContext({ viewport: PHONE });
  const partner = await partnerContext.newPage();
  const partnerTenant = await signUp(partner, `Commune de Plouvien ${id}`, uniqueEmail('admin-partner'));

  // The lead invites the partner with a contribution for this year and the next.
  await page.setViewportSize(PHONE);
  await page.goto(`/projets/${projectId}`);
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByLabel('SIREN de la collectivité').fill(partnerTenant.siren);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByText(`Collectivité trouvée : ${partnerTenant.name}.`)).toBeVisible();
  const expected = page.getByRole('group', { name: 'Contribution attendue, par année (facultatif)' });
  await expected.getByRole('button', { name: 'Ajouter une année' }).click();
  await expected.getByRole('group', { name: `Année ${year}` }).getByLabel('Montant (€)').fill('10 000');
  await expected.getByRole('button', { name: 'Ajouter une année' }).click();
  await expected.getByRole('group', { name: `Année ${year + 1}` }).getByLabel('Montant (€)').fill('5 000');
  await expect(expected.getByRole('status')).toHaveText(euros('Total : 15 000,00'));
  await expectAccessible(page, 'invitation avec contribution par année');
  await expectNoSidewaysScroll(page, 'participants (390 px)');
  await keepScreenshot(page, 'dl-b-01-invitation-par-annee');
  await page.getByRole('button', { name: `Inviter ${partnerTenant.name}` }).click();
  await expect(page.getByText(`${partnerTenant.name} a été invitée à participer au projet.`)).toBeVisible();
  const partnerRow = page.getByRole('row', { name: new RegExp(partnerTenant.name) });
  await expect(partnerRow).toContainText(euros('15 000,00'));
  await expect(partnerRow).toContainText(euros(`${year} : 10 000,00`));

  // The partner's administrator accepts, keeping the proposed years.
  await partner.reload();
  const invitation = partner.getByRole('region', { name: 'Invitations à des projets mutualisés' }).getByRole('row', { name: new RegExp(title) });
  await expect(invitation).toContainText(euros(`${year + 1} : 5 000,00`));
  await invitation.getByRole('button', { name: 'Accepter' }).click();
  const accept = partner.getByRole('dialog', { name: `Accepter l'invitation au projet « ${title} » ?` });
  await expect(accept.getByRole('group', { name: `Année ${year}` }).getByLabel('Montant (€)')).toHaveValue('10000,00');
  await expectAccessible(partner, "dialogue d'acceptation avec contributions");
  await keepScreenshot(partner, 'dl-b-02-acceptation');
  await accept.getByRole('button', { name: 'Accepter' }).click();
  await expect(partner.getByText(`Vous participez désormais au projet « ${title} ».`, { exact: false })).toBeVisible();

  // Its coverage, year by year: nothing covered yet.
  await partner.getByRole('link', { name: title }).click();
  await partner.getByRole('tab', { name: 'Délibérations' }).click();
  const coverage = partner.getByRole('region', { name: 'Couverture année par année' });
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText('Non couvertes');
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year + 1} `) })).toContainText('Non couvertes');
  await expectAccessible(partner, 'couverture du partenaire, rien de couvert');
  await keepScreenshot(partner, 'dl-b-03-couverture-vide');

  // It records its own deliberation for this year's contribution, from the project.
  await partner.getByRole('link', { name: 'Enregistrer votre délibération' }).click();
  await expect(partner.getByRole('heading', { level: 1, name: 'Nouvelle délibération' })).toBeVisible();
  const row = partner.getByRole('group', { name: 'Projet couvert 1' });
  await expect(row.getByLabel('Projet', { exact: true })).toHaveValue(projectId);
  await expect(row.getByLabel('Projet', { exact: true }).locator('option:checked')).toHaveText(new RegExp(`chef de file : Commune de Lannilis ${id}`));
  const number = `${year}-${id}`.toUpperCase();
  await partner.getByLabel('Numéro', { exact: true }).fill(number);
  await partner.getByLabel('Intitulé', { exact: true }).fill(`Participation au projet d'eau potable d'Ambositra ${id}`);
  await partner.getByLabel('Assemblée', { exact: true }).selectOption({ label: 'Conseil municipal' });
  await partner.getByLabel('Objet', { exact: true }).selectOption({ label: 'Subvention' });
  await partner.getByLabel('Exercice budgétaire').fill(String(year));
  await row.getByLabel('Montant accordé (€)').fill('10 000');
  await expectAccessible(partner, 'délibération du partenaire');
  await expectNoSidewaysScroll(partner, 'délibération du partenaire (390 px)');
  await partner.getByRole('button', { name: 'Enregistrer la délibération' }).click();
  await expect(partner.getByText('La délibération a été enregistrée.')).toBeVisible();
  await expect(partner.getByRole('row', { name: new RegExp(title) })).toContainText('contribution de votre collectivité à un projet mutualisé');
  // Its steps have their own test: here the API makes it executory.
  const deliberationId = new URL(partner.url()).pathname.split('/').pop()!;
  for (const [status, date] of [['SCHEDULED', null], ['VOTED', parisToday()], ['TRANSMITTED', parisToday()], ['EXECUTORY', parisToday()]] as const) {
    const result = await graphqlFromPage(partner, 'mutation ($input: ChangeDeliberationStatusInput!) { changeDeliberationStatus(input: $input) { status } }', { input: { deliberationId, status, date } });
    expect(result.errors, `deliberation ${status}`).toBeUndefined();
  }

  // This year is covered, the next is not yet: partly covered overall.
  await partner.goto(`/projets/${projectId}`);
  await partner.getByRole('tab', { name: 'Délibérations' }).click();
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText('Couvertes');
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText(euros('10 000,00'));
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year + 1} `) })).toContainText('Non couvertes');
  await expect(coverage.getByRole('row', { name: /Toutes les années/ })).toContainText('Partiellement couvertes');
  await expect(partner.getByRole('region', { name: new RegExp('Délibérations couvrant le projet') }).getByRole('row', { name: /Participation au projet/ })).toContainText(euros('10 000,00'));
  await expectAccessible(partner, 'couverture du partenaire par année');
  await expectNoSidewaysScroll(partner, 'délibérations du projet partagé (390 px)');
  await keepScreenshot(partner, 'dl-b-04-couverture-par-annee');

  // The lead attaches a file to the project and shares it with the participating collectivités.
  const pdf = Buffer.from('%PDF-1.4\n% Convention de mise en œuvre\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.getByRole('tab', { name: 'Documents' }).click();
  await page.getByLabel('Ajouter un document').setInputFiles({ name: 'convention-mise-en-oeuvre.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Envoyer le document' }).click();
  await expect(page.getByText('Document « convention-mise-en-oeuvre.pdf » ajouté.')).toBeVisible();
  const share = page.getByRole('checkbox', { name: 'Partager avec les collectivités participantes' });
  await expect(share).not.toBeChecked();
  await share.check();
  await expect(page.getByText('Le document « convention-mise-en-oeuvre.pdf » est partagé avec les collectivités participantes.')).toBeVisible();
  await expect(share).toBeChecked();
  await expectAccessible(page, 'documents du projet, partage');
  await keepScreenshot(page, 'dl-b-05-partage');
  await page.setViewportSize(NARROW_PHONE);
  await expectNoSidewaysScroll(page, 'documents du projet (320 px)');
  await keepScreenshot(page, 'dl-b-06-documents-320');

  // The partner finds it among the documents the lead shares, and downloads it.
  await partner.getByRole('tab', { name: 'Documents' }).click();
  const shared = partner.getByRole('region', { name: 'Documents partagés par le chef de file' }).first();
  await expect(partner.getByRole('heading', { name: 'Documents partagés par le chef de file' })).toBeVisible();
  const [download] = await Promise.all([partner.waitForEvent('download'), shared.getByRole('link', { name: /convention-mise-en-oeuvre\.pdf/ }).click()]);
  expect(download.suggestedFilename()).toBe('convention-mise-en-oeuvre.pdf');
  expect(readFileSync(await download.path()).equals(pdf)).toBe(true);
  await expectAccessible(partner, 'documents partagés par le chef de file');
  await expectNoSidewaysScroll(partner, 'documents partagés (390 px)');
  await keepScreenshot(partner, 'dl-b-07-documents-partages');

  // The project's history of each collectivité shows what hangs on the project.
  await partner.getByRole('tab', { name: 'Historique' }).click();
  await expect(partner.getByRole('row').filter({ hasText: 'Délibération' }).filter({ hasText: 'Création' })).toHaveCount(1);
  await page.setViewportSize(PHONE);
  await page.getByRole('tab', { name: 'Historique' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Document' }).filter({ hasText: 'Partage' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Participation à un projet' }).first()).toBeVisible();
  await expectAccessible(page, 'historique du projet');

  // The lead changes the partner's contribution year by year (one changed, one removed, one added): the
  // partner's coverage follows.
  await page.getByRole('tab', { name: 'Participants' }).click();
  await partnerRow.getByRole('button', { name: 'Modifier la contribution' }).click();
  const contribution = page.getByRole('dialog', { name: `Contribution de ${partnerTenant.name}` });
  const years = contribution.getByRole('group', { name: 'Contribution par année' });
  await years.getByRole('button', { name: `Retirer l'année ${year + 1}` }).click();
  await expect(years.getByRole('button', { name: 'Ajouter une année' })).toBeFocused();
  await years.getByRole('group', { name: `Année ${year}` }).getByLabel('Montant (€)').fill('12 000');
  await years.getByRole('button', { name: 'Ajouter une année' }).click();
  const added = years.getByRole('group', { name: `Année ${year + 1}` });
  await expect(added.getByLabel('Exercice')).toBeFocused();
  await added.getByLabel('Exercice').fill(String(year + 2));
  await years.getByRole('group', { name: `Année ${year + 2}` }).getByLabel('Montant (€)').fill('6 000');
  await expect(years.getByRole('status')).toHaveText(euros('Total : 18 000,00'));
  await expectAccessible(page, 'dialogue de contribution par année');
  await expectNoSidewaysScroll(page, 'dialogue de contribution (390 px)');
  await keepScreenshot(page, 'dl-b-08-contribution-par-annee');
  await contribution.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(`Contribution de ${partnerTenant.name} enregistrée.`)).toBeVisible();
  await expect(partnerRow).toContainText(euros('18 000,00'));
  await expect(partnerRow).toContainText(euros(`${year + 2} : 6 000,00`));
  await expect(partnerRow).not.toContainText(`${year + 1} :`);
  await partner.reload();
  await partner.getByRole('tab', { name: 'Délibérations' }).click();
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText('Partiellement couvertes');
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText(euros('2 000,00'));
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year + 1} `) })).toHaveCount(0);
  await expect(coverage.getByRole('row', { name: new RegExp(`^${year + 2} `) })).toContainText('Non couvertes');
  await partnerContext.close();
});
