import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, Mailbox } from './fixtures';
import { PASSWORD, uniqueSiren } from './data';

/** Browser flows shared by the tests: what a person does, through the real pages and the real e-mail. */
export interface Collectivity {
  name: string;
  siren: string;
}

export function suffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Fills and sends the sign-up form; the page then says to check the inbox, whatever the address. */
export async function requestSignUp(page: Page, tenantName: string, email: string, options: { siren?: string; region?: string } = {}): Promise<void> {
  const siren = options.siren ?? uniqueSiren();
  await page.goto('/inscription');
  await page.getByLabel('Nom de la collectivité').fill(tenantName);
  await page.getByLabel('Nature de la collectivité').selectOption({ label: 'Commune' });
  await page.getByLabel('Numéro SIREN').fill(siren);
  await page.getByLabel('Région').selectOption({ label: options.region ?? 'Bretagne' });
  await page.getByLabel('Prénom et nom').fill('Maëlle Le Bihan');
  await page.getByLabel('Adresse e-mail professionnelle').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: "Créer l'espace de la collectivité" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte de réception' })).toBeVisible();
}

/** The link of the latest e-mail to this address whose link has this path (sent by the worker through SMTP). */
export async function linkFromLatestEmail(email: string, path: string, mailbox = new Mailbox(process.env.E2E_MAIL_DIR!)): Promise<string> {
  const message = await mailbox.latestTo(email);
  const link = new RegExp(`(https?://\\S+${path}#[A-Za-z0-9_-]{43})`).exec(message.text)?.[1];
  expect(link, `${path} link in the e-mail "${message.subject}"`).toBeTruthy();
  return link!;
}

/** Signs up as a person does: the form, then the confirmation link of the real e-mail, then the confirm button. */
export async function signUp(page: Page, tenantName: string, email: string, options: { siren?: string; region?: string } = {}): Promise<Collectivity> {
  const siren = options.siren ?? uniqueSiren();
  await requestSignUp(page, tenantName, email, { ...options, siren });
  await page.goto(await linkFromLatestEmail(email, '/inscription/confirmation'));
  await page.getByRole('button', { name: "Confirmer et ouvrir l'espace" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
  return { name: tenantName, siren };
}

/** The admin invites a person; the person opens the link of the real e-mail in a browser of their own. */
export async function inviteAndAccept(admin: Page, browser: Browser, mailbox: Mailbox, email: string, roleLabel: string, personName: string): Promise<{ context: BrowserContext; page: Page }> {
  await admin.goto('/administration/membres');
  await expect(admin.getByRole('heading', { level: 1, name: 'Membres' })).toBeVisible();
  await admin.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await admin.getByLabel('Rôle', { exact: true }).selectOption({ label: roleLabel });
  await admin.getByRole('button', { name: "Envoyer l'invitation" }).click();
  await expect(admin.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();

  const message = await mailbox.latestTo(email);
  const link = /(https?:\/\/\S+\/invitation#[A-Za-z0-9_-]{43})/.exec(message.text)?.[1];
  expect(link, 'invitation link in the e-mail').toBeTruthy();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link!);
  await page.getByLabel('Prénom et nom').fill(personName);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: "Accepter l'invitation" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
  return { context, page };
}

