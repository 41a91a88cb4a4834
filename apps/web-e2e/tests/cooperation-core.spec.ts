import { createProject, projectInput } from '../support/api';
import { graphqlFromPage } from '../support/graphql-from-page';
import { expect, expectAccessible, keepScreenshot, test } from '../support/fixtures';
import { uniqueEmail } from '../support/data';
import { inviteAndAccept, signUp, suffix } from '../support/flows';

// Each test signs up its own collectivités (unique SIRENs and e-mails): the tests run in parallel, in any order.

const NAVIGATION = 'Navigation principale';

// Several collectivités, real e-mails and an axe run per screen: longer than the default minute on a busy machine.
test('a chargée de mission creates a project with two DAC sectors and an SDG target, after the sum of 90 % is refused', async ({ page, browser, mailbox }) => {
  test.setTimeout(180_000);
  const id = suffix();
  await signUp(page, `Commune de Plouzané ${id}`, uniqueEmail('admin-a'));
  const technicianEmail = uniqueEmail('technicienne-a');
  const { context, page: technician } = await inviteAndAccept(page, browser, mailbox, technicianEmail, 'Chargé·e de mission', 'Nolwenn Tanguy');

  await expect(technician.getByText('Aucun projet pour le moment.')).toBeVisible();
  for (const section of ['Coopérations', 'Délibérations', 'Annuaire']) {
    await expect(technician.getByRole('navigation', { name: NAVIGATION }).getByRole('link', { name: section })).toBeVisible();
  }
  await technician.getByRole('link', { name: 'Nouveau projet' }).click();
  await expect(technician.getByRole('heading', { level: 1, name: 'Nouveau projet' })).toBeVisible();
  await expectAccessible(technician, 'nouveau projet');
  await keepScreenshot(technician, 'cc-a-01-nouveau-projet');

  const code = `BF-EAU-${id}`.toUpperCase().slice(0, 40);
  const title = `Eau potable à Koudougou ${id}`;
  await technician.getByLabel('Code du projet').fill(code);
  await technician.getByLabel('Titre', { exact: true }).fill(title);
  await technician.getByLabel("Mode d'engagement").selectOption('DIRECT');
  await technician.getByLabel("Type d'action").selectOption('DECENTRALISED_COOPERATION');
  await technician.getByRole('checkbox', { name: 'Eau et assainissement' }).check();

  // Two sectors whose shares make 90 %: refused in French, next to the sectors.
  const sectors = technician.getByRole('group', { name: 'Secteurs CAD (OCDE)' });
  await sectors.getByRole('group', { name: 'Secteur 1' }).getByLabel('Secteur CAD').selectOption('14030');
  await sectors.getByRole('group', { name: 'Secteur 1' }).getByLabel('Pourcentage').fill('60');
  await sectors.getByRole('button', { name: 'Ajouter un secteur' }).click();
  await sectors.getByRole('group', { name: 'Secteur 2' }).getByLabel('Secteur CAD').selectOption('14050');
  await sectors.getByRole('group', { name: 'Secteur 2' }).getByLabel('Pourcentage').fill('30');
  await sectors.getByRole('group', { name: 'Secteur 2' }).getByLabel('Pourcentage').blur();
  const sumError = 'La somme des pourcentages des secteurs fait 90,00 % au lieu de 100 %.';
  await expect(sectors.getByText(sumError)).toBeVisible();
  await expect(sectors.getByText('Total : 90 %')).toBeVisible();

  await technician.getByRole('button', { name: 'Ajouter un ODD' }).click();
  const sdg = technician.getByRole('group', { name: 'ODD 1' });
  await sdg.getByLabel('Objectif').selectOption('6');
  await sdg.getByLabel('Cible').selectOption('6.1');
  await technician.getByLabel('Pays à ajouter').selectOption({ label: 'Burkina Faso' });
  await technician.getByRole('button', { name: 'Ajouter le pays' }).click();
  await expect(technician.getByRole('button', { name: 'Retirer Burkina Faso' })).toBeVisible();

  await technician.getByRole('button', { name: 'Créer le projet' }).click();
  const summary = technician.getByRole('alert').filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: new RegExp(sumError.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
  await expectAccessible(technician, 'projet, secteurs à 90 %');
  await keepScreenshot(technician, 'cc-a-02-secteurs-90');

  await sectors.getByRole('group', { name: 'Secteur 2' }).getByLabel('Pourcentage').fill('40');
  await expect(sectors.getByText('Total : 100 %')).toBeVisible();
  await technician.getByRole('button', { name: 'Créer le projet' }).click();

  await expect(technician.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  await expect(technician.getByText('Le projet a été créé.')).toBeVisible();
  await expect(technician.getByRole('row', { name: /14030/ })).toContainText('60');
  await expect(technician.getByRole('row', { name: /14050/ })).toContainText('40');
  await expect(technician.getByText('Cible 6.1 :')).toBeVisible();
  await expect(technician.getByRole('link', { name: 'Modifier le projet' })).toBeVisible();
  await expectAccessible(technician, 'page du projet');
  await keepScreenshot(technician, 'cc-a-03-projet');

  await technician.getByRole('tab', { name: 'Cycle de vie' }).click();
  await expect(technician.getByRole('button', { name: "Passer à l'étape « Diagnostic »" })).toBeVisible();
  await expectAccessible(technician, 'cycle de vie');

  await technician.getByRole('navigation', { name: NAVIGATION }).getByRole('link', { name: 'Projets' }).click();
  await expect(technician.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
  const row = technician.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText(code);
  await expect(row).toContainText('Identification');
  await expect(row).toContainText('Burkina Faso');
  await expectAccessible(technician, 'liste des projets');
  await keepScreenshot(technician, 'cc-a-04-liste');
  await context.close();
});

test('the lead shares a project by SIREN; the partner’s admin accepts it and its chargé·e de mission reads it without editing', async ({ page, browser, mailbox }) => {
  test.setTimeout(180_000);
  const id = suffix();
  await signUp(page, `Commune de Lannion ${id}`, uniqueEmail('admin-lead'));
  const title = `Assainissement à Ségou ${id}`;
  const projectId = await createProject(page, `ML-ASS-${id}`.toUpperCase(), title);

  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  const partnerTenant = await signUp(partner, `Commune de Perros-Guirec ${id}`, uniqueEmail('admin-partner'));

  // The lead finds the collectivité by its SIREN, checks its name, and invites it as a partner.
  await page.goto(`/projets/${projectId}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByLabel('SIREN de la collectivité').fill(partnerTenant.siren);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByText(`Collectivité trouvée : ${partnerTenant.name}.`)).toBeVisible();
  await page.getByLabel('Rôle', { exact: true }).selectOption('PARTNER');
  const expected = page.getByRole('group', { name: 'Contribution attendue, par année (facultatif)' });
  await expected.getByRole('button', { name: 'Ajouter une année' }).click();
  await expect(expected.getByLabel('Exercice')).toHaveValue(String(new Date().getFullYear()));
  await expected.getByLabel('Montant (€)').fill('15 000');
  await expect(expected.getByText(/Total : 15\s000,00\s€/)).toBeVisible();
  await expectAccessible(page, 'participants, invitation par SIREN');
  await keepScreenshot(page, 'cc-b-01-invitation-siren');
  await page.getByRole('button', { name: `Inviter ${partnerTenant.name}` }).click();
  await expect(page.getByText(`${partnerTenant.name} a été invitée à participer au projet.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(partnerTenant.name) })).toContainText('Invitée');

  // The partner's administrator answers from the project list.
  await partner.reload();
  const invitations = partner.getByRole('region', { name: 'Invitations à des projets mutualisés' });
  await expect(invitations).toBeVisible();
  await expect(invitations.getByRole('row', { name: new RegExp(title) })).toContainText('Partenaire');
  await expectAccessible(partner, 'invitations reçues');
  await keepScreenshot(partner, 'cc-b-02-invitation-recue');
  await invitations.getByRole('row', { name: new RegExp(title) }).getByRole('button', { name: 'Accepter' }).click();
  const accept = partner.getByRole('dialog', { name: `Accepter l'invitation au projet « ${title} » ?` });
  await expect(accept.getByLabel('Montant (€)')).toHaveValue('15000,00');
  await accept.getByRole('button', { name: 'Accepter' }).click();
  await expect(partner.getByText(`Vous participez désormais au projet « ${title} ».`, { exact: false })).toBeVisible();
  // The invitation leaves its panel; the project now shows in the list of projects, led by Lannion.
  await expect(invitations.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  const sharedRow = partner.getByRole('table', { name: 'Projets de la collectivité et projets partagés avec elle' }).getByRole('row', { name: new RegExp(title) });
  await expect(sharedRow).toContainText(`Commune de Lannion ${id}`);
  await expect(sharedRow).toContainText('Partenaire');

  // A chargée de mission of the partner, invited by e-mail, sees the project but cannot change it.
  const { context: technicianContext, page: technician } = await inviteAndAccept(partner, browser, mailbox, uniqueEmail('technicien-partner'), 'Chargé·e de mission', 'Erwan Le Gall');
  await technician.getByLabel('Projets', { exact: true }).selectOption('SHARED');
  await technician.getByRole('button', { name: 'Appliquer les filtres' }).click();
  await expect(technician.getByRole('status').filter({ hasText: '1 projet trouvé' })).toBeVisible();
  await expectAccessible(technician, 'projets partagés');
  await keepScreenshot(technician, 'cc-b-03-projets-partages');
  await technician.getByRole('link', { name: title }).click();
  await expect(technician.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  await expect(technician.getByText(`Ce projet est partagé par Commune de Lannion ${id}`, { exact: false })).toBeVisible();
  await expect(technician.getByRole('link', { name: 'Modifier le projet' })).toHaveCount(0);
  await technician.getByRole('tab', { name: 'Cycle de vie' }).click();
  await expect(technician.getByRole('button', { name: /Passer à l'étape/ })).toHaveCount(0);
  await technician.getByRole('tab', { name: 'Participants' }).click();
  await expect(technician.getByRole('row', { name: new RegExp(partnerTenant.name) })).toContainText('Active');
  await expect(technician.getByLabel('SIREN de la collectivité')).toHaveCount(0);
  await expectAccessible(technician, 'projet partagé (lecture seule)');
  await keepScreenshot(technician, 'cc-b-04-projet-partage');

  // And the API refuses the change anyway.
  await technician.goto(`/projets/${projectId}/modifier`);
  await expect(technician.getByText('Modification impossible')).toBeVisible();
  await technicianContext.close();
  await partnerContext.close();
});

test('an elected referent of the lead reads the project without any edit control, and a forged updateProject is refused', async ({ page, browser, mailbox }) => {
  test.setTimeout(150_000);
  const id = suffix();
  await signUp(page, `Commune de Morlaix ${id}`, uniqueEmail('admin-c'));
  const title = `Jumelage scolaire avec Tambacounda ${id}`;
  const code = `SN-JUM-${id}`.toUpperCase();
  const projectId = await createProject(page, code, title);

  const { context, page: elected } = await inviteAndAccept(page, browser, mailbox, uniqueEmail('elu-c'), 'Élu·e référent·e', 'Gwenaëlle Riou');
  await expect(elected.getByRole('link', { name: 'Nouveau projet' })).toHaveCount(0);
  await elected.getByRole('link', { name: title }).click();
  await expect(elected.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  await expect(elected.getByText('Vous consultez ce projet : votre rôle ne permet pas de le modifier.')).toBeVisible();
  await expect(elected.getByRole('link', { name: 'Modifier le projet' })).toHaveCount(0);
  await expectAccessible(elected, 'projet (élue)');
  await keepScreenshot(elected, 'cc-c-01-projet-elue');
  for (const tab of ['Cycle de vie', 'Participants', 'Délibérations']) {
    await elected.getByRole('tab', { name: tab }).click();
    await expect(elected.getByRole('tabpanel')).toBeVisible();
  }
  await expect(elected.getByRole('link', { name: 'Nouvelle délibération pour ce projet' })).toHaveCount(0);
  await elected.getByRole('tab', { name: 'Cycle de vie' }).click();
  await expect(elected.getByRole('button', { name: /Passer à l'étape/ })).toHaveCount(0);
  await elected.getByRole('tab', { name: 'Participants' }).click();
  await expect(elected.getByLabel('SIREN de la collectivité')).toHaveCount(0);
  await expect(elected.getByRole('button', { name: /Retirer du projet|Modifier la contribution/ })).toHaveCount(0);
  await expectAccessible(elected, 'participants (élue)');

  // The other sections offer no creation either.
  for (const [link, heading, creation] of [
    ['Coopérations', 'Coopérations', 'Nouvelle coopération'],
    ['Délibérations', 'Délibérations', 'Nouvelle délibération'],
    ['Annuaire', 'Annuaire', 'Nouvelle organisation'],
  ]) {
    await elected.getByRole('navigation', { name: NAVIGATION }).getByRole('link', { name: link }).click();
    await expect(elected.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(elected.getByRole('link', { name: creation })).toHaveCount(0);
    await expectAccessible(elected, `${heading} (élue)`);
  }
  await keepScreenshot(elected, 'cc-c-02-annuaire-elue');

  // A mutation forged from the page, with the session's own CSRF token, is refused by the API.
  await elected.goto(`/projets/${projectId}`);
  const forged = await graphqlFromPage(elected, 'mutation ($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id title } }', {
    id: projectId,
    input: projectInput(code, 'Titre modifié par une élue'),
  });
  expect(forged.data ?? null).toBeNull();
  expect(forged.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  await elected.reload();
  await expect(elected.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  await context.close();
});
