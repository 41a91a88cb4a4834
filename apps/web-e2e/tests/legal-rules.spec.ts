import { randomBytes } from 'node:crypto';
import { completeSiren } from '@passerelles/domain/siren';
import { expect, expectAccessible, keepScreenshot, test } from '../support/fixtures';
import { uniqueEmail } from '../support/data';
import { signUp, suffix } from '../support/flows';
import { graphqlFromPage, mutateFromPage } from '../support/graphql-from-page';

// Each test signs up its own collectivité: the tests run in parallel, in any order.

const CREATE_COOPERATION = 'mutation ($input: CooperationInput!) { createCooperation(input: $input) { id } }';
const CREATE_CONVENTION = 'mutation ($input: CreateConventionInput!) { createConvention(input: $input) { id } }';
const NEW_VERSION = 'mutation ($id: ID!, $input: ConventionVersionInput!) { createConventionVersion(previousId: $id, input: $input) { id } }';
const SIGN = 'mutation ($id: ID!, $on: String!) { signConvention(id: $id, signedOn: $on) { id } }';
const CREATE_PROJECT = 'mutation ($input: ProjectInput!) { createProject(input: $input) { id } }';
const CHANGE_STATUS = 'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { id } }';

/** A SIREN valid and unused, starting with the given digit (2 for public bodies). */
function sirenStartingWith(digit: string): string {
  return completeSiren(`${digit}${(randomBytes(4).readUInt32BE() % 10_000_000).toString().padStart(7, '0')}`);
}

function projectInput(code: string, title: string) {
  return {
    code,
    title,
    engagementMode: 'DIRECT',
    actionKind: 'DECENTRALISED_COOPERATION',
    thematicDomains: ['WATER_SANITATION'],
    sectors: [{ sectorCode: '14030', percentage: '100' }],
    countryCodes: ['BF'],
  };
}

test('a convention is in force only once signed with its forecast commitment and transmitted to the préfet; a signed amendment supersedes it', async ({ page }) => {
  const id = suffix();
  await signUp(page, `Commune de Landerneau ${id}`, uniqueEmail('admin-conventions'));
  const endsOn = `${new Date().getFullYear() + 3}-12-31`;
  const cooperation = await mutateFromPage<{ id: string }>(page, CREATE_COOPERATION, { input: { name: 'Coopération avec Kaya', partnerTerritory: 'Kaya', countryCode: 'BF' } }, 'createCooperation');
  const parties = [{ name: 'Commune de Landerneau' }, { name: 'Commune de Kaya' }];
  const withoutCommitment = await mutateFromPage<{ id: string }>(
    page,
    CREATE_CONVENTION,
    { input: { cooperationId: cooperation.id, title: 'Convention sans engagement', startsOn: '2025-01-01', endsOn, objectives: 'Eau potable', parties } },
    'createConvention',
  );
  const ended = await mutateFromPage<{ id: string }>(
    page,
    CREATE_CONVENTION,
    { input: { cooperationId: cooperation.id, title: 'Convention échue', startsOn: '2024-01-01', endsOn: '2025-12-31', objectives: 'Eau potable', forecastCommitment: '20000', parties } },
    'createConvention',
  );
  const convention = await mutateFromPage<{ id: string }>(
    page,
    CREATE_CONVENTION,
    { input: { cooperationId: cooperation.id, title: 'Convention de coopération avec Kaya', startsOn: '2025-01-01', endsOn, objectives: 'Eau potable', forecastCommitment: '150000', parties } },
    'createConvention',
  );

  // No forecast commitment: the page says so, and the signature dialog refuses before calling the API.
  await page.goto(`/conventions/${withoutCommitment.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Convention sans engagement' })).toBeVisible();
  await expect(page.getByText("Pour signer cette convention, indiquez d'abord son engagement financier prévisionnel (loi Thiollière)", { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer la signature' }).click();
  const signDialog = page.getByRole('dialog', { name: 'Enregistrer la signature de la convention' });
  await signDialog.getByLabel('Date de signature').fill('2025-01-15');
  await signDialog.getByRole('button', { name: 'Enregistrer la signature' }).click();
  await expect(signDialog.getByRole('alert')).toHaveText("Indiquez l'engagement financier prévisionnel de la convention avant de la signer (loi Thiollière).");
  await expectAccessible(page, 'signature refusée (engagement manquant)');
  await keepScreenshot(page, 'lr-01-signature-sans-engagement');
  await signDialog.getByRole('button', { name: 'Annuler' }).click();

  // No signature after the end: the message is on the date.
  await page.goto(`/conventions/${ended.id}`);
  await page.getByRole('button', { name: 'Enregistrer la signature' }).click();
  await signDialog.getByLabel('Date de signature').fill('2026-01-05');
  await signDialog.getByRole('button', { name: 'Enregistrer la signature' }).click();
  await expect(signDialog.getByLabel('Date de signature')).toHaveAccessibleDescription('La signature ne peut pas être postérieure à la fin de la convention (31 décembre 2025).');
  await expect(signDialog.getByLabel('Date de signature')).toBeFocused();
  await signDialog.getByRole('button', { name: 'Annuler' }).click();

  // Signed: not in force until transmitted to the préfet.
  await page.goto(`/conventions/${convention.id}`);
  await page.getByRole('button', { name: 'Enregistrer la signature' }).click();
  await signDialog.getByLabel('Date de signature').fill('2025-01-15');
  await signDialog.getByRole('button', { name: 'Enregistrer la signature' }).click();
  await expect(page.getByText('La signature de la convention a été enregistrée.')).toBeVisible();
  await expect(page.locator('.page-meta').getByText('Signée, non transmise au préfet')).toBeVisible();
  await expect(page.getByText("la convention n'entre en vigueur qu'à compter de cette transmission", { exact: false })).toBeVisible();
  await expectAccessible(page, 'convention signée, non transmise');
  await keepScreenshot(page, 'lr-02-signee-non-transmise');

  await page.getByRole('button', { name: 'Enregistrer la transmission au préfet' }).click();
  const transmitDialog = page.getByRole('dialog', { name: 'Transmission au préfet' });
  await transmitDialog.getByLabel('Date de transmission au préfet').fill('2025-01-10');
  await transmitDialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(transmitDialog.getByLabel('Date de transmission au préfet')).toHaveAccessibleDescription('La transmission au préfet ne peut pas précéder la signature (15 janvier 2025).');
  await transmitDialog.getByLabel('Date de transmission au préfet').fill('2025-01-20');
  await transmitDialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('La date de transmission au préfet a été enregistrée.')).toBeVisible();
  await expect(page.locator('.page-meta').getByText('En vigueur')).toBeVisible();

  // A signed amendment supersedes it: the badge says so, a link leads to version 2, no second amendment is offered.
  const amendment = await mutateFromPage<{ id: string }>(
    page,
    NEW_VERSION,
    { id: convention.id, input: { kind: 'AMENDMENT', title: 'Avenant n° 1 avec Kaya', startsOn: '2025-01-01', endsOn, objectives: 'Eau potable et assainissement', forecastCommitment: '180000', parties } },
    'createConventionVersion',
  );
  await mutateFromPage(page, SIGN, { id: amendment.id, on: '2025-06-01' }, 'signConvention');
  await page.reload();
  await expect(page.locator('.page-meta').getByText('Remplacée par une version signée')).toBeVisible();
  await expect(page.getByRole('link', { name: "Cette version a été remplacée par la version 2, signée : c'est elle qui fait foi." })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rédiger un avenant' })).toHaveCount(0);
  await expectAccessible(page, 'convention remplacée');
  await keepScreenshot(page, 'lr-03-convention-remplacee');
  await page.getByRole('link', { name: 'Version 2', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avenant n° 1 avec Kaya' })).toBeVisible();
  await expect(page.locator('.page-meta').getByText('Signée, non transmise au préfet')).toBeVisible();
});

test('a project in identification with nothing attached is deleted after a confirmation; a project that has moved offers no deletion', async ({ page }) => {
  const id = suffix();
  await signUp(page, `Commune de Saint-Renan ${id}`, uniqueEmail('admin-deletion'));
  const code = `DEL-${id}`.toUpperCase().slice(0, 40);
  const title = `Projet saisi par erreur ${id}`;
  const project = await mutateFromPage<{ id: string }>(page, CREATE_PROJECT, { input: projectInput(code, title) }, 'createProject');
  const moved = await mutateFromPage<{ id: string }>(page, CREATE_PROJECT, { input: projectInput(`${code}-B`.slice(0, 40), `Projet en diagnostic ${id}`) }, 'createProject');
  await mutateFromPage(page, CHANGE_STATUS, { input: { projectId: moved.id, status: 'DIAGNOSTIC' } }, 'changeProjectStatus');

  await page.goto(`/projets/${moved.id}`);
  await expect(page.getByRole('link', { name: 'Modifier le projet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Supprimer le projet' })).toHaveCount(0);

  await page.goto(`/projets/${project.id}`);
  const deleteButton = page.getByRole('button', { name: 'Supprimer le projet' });
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: `Supprimer le projet « ${title} » ?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await expectAccessible(page, 'confirmation de suppression');
  await keepScreenshot(page, 'lr-04-confirmation-suppression');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await page.setViewportSize({ width: 390, height: 844 });
  await deleteButton.click();
  await keepScreenshot(page, 'lr-05-confirmation-suppression-390');
  await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Le projet « ${code} — ${title} » a été supprimé.` })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await expect(page.getByRole('link', { name: `Projet en diagnostic ${id}` })).toBeVisible();
  await expectAccessible(page, 'liste après suppression');
  await keepScreenshot(page, 'lr-06-projet-supprime');
  const gone = await graphqlFromPage(page, 'query ($id: ID!) { project(id: $id) { id } }', { id: project.id });
  expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('a commune of Polynésie française signs up; a SIREN outside the public range gets a warning that does not block', async ({ page }) => {
  await page.goto('/inscription');
  const region = page.getByLabel('Région');
  await expect(region.locator('optgroup[label="Collectivités d\'outre-mer et Nouvelle-Calédonie"] option')).toHaveText([
    'Saint-Pierre-et-Miquelon',
    'Saint-Barthélemy',
    'Saint-Martin',
    'Wallis-et-Futuna',
    'Polynésie française',
    'Nouvelle-Calédonie',
  ]);
  const siren = page.getByLabel('Numéro SIREN');
  const warning = "Ce SIREN ne commence pas par 2, comme ceux des collectivités et de leurs groupements : vérifiez qu'il s'agit bien de celui de votre collectivité. Vous pouvez tout de même continuer.";
  await siren.fill(sirenStartingWith('2'));
  await expect(page.getByText(warning)).toHaveCount(0);
  const companyLike = sirenStartingWith('4');
  await siren.fill(companyLike);
  await expect(page.getByText(warning)).toBeVisible();
  await expect(siren).toHaveAccessibleDescription(new RegExp(warning.slice(0, 40)));
  await expectAccessible(page, 'inscription, avertissement SIREN');
  await keepScreenshot(page, 'lr-07-inscription-avertissement-siren');

  await signUp(page, `Commune de Faa'a ${suffix()}`, uniqueEmail('mairie-faaa'), { siren: companyLike, region: 'Polynésie française' });
  const settings = await graphqlFromPage(page, '{ tenantSettings { tenant { regionCode siren } } }');
  expect(settings.data?.tenantSettings).toEqual({ tenant: { regionCode: '987', siren: companyLike } });
});
