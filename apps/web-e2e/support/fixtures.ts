import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { CapturedEmail } from '@passerelles/testing/smtp-capture';

export { expect };

/** The web app started by the global setup is the base URL of every test. */
export const test = base.extend<{ mailbox: Mailbox }>({
  // Playwright requires fixtures to destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(process.env.E2E_BASE_URL),
  // eslint-disable-next-line no-empty-pattern
  mailbox: async ({}, use) => use(new Mailbox(process.env.E2E_MAIL_DIR!)),
});

/** Reads the e-mails received by the real SMTP server of the global setup (spooled as JSON files). */
export class Mailbox {
  constructor(private readonly folder: string) {}

  messagesTo(address: string): Omit<CapturedEmail, 'raw'>[] {
    return readdirSync(this.folder)
      .sort()
      .map((file) => JSON.parse(readFileSync(path.join(this.folder, file), 'utf8')) as Omit<CapturedEmail, 'raw'>)
      .filter((email) => email.to.includes(address.toLowerCase()));
  }

  /** Waits (polling, bounded) until a message for this address arrives. */
  async latestTo(address: string): Promise<Omit<CapturedEmail, 'raw'>> {
    await expect.poll(() => this.messagesTo(address).length, { message: `e-mail for ${address}`, timeout: 20_000 }).toBeGreaterThan(0);
    return this.messagesTo(address).at(-1)!;
  }
}

/** axe-core with the WCAG 2.1 A and AA rules: no serious or critical violation is accepted. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const summary = blocking.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `accessibility of ${label}`).toEqual([]);
}

export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(__dirname, '..', 'screenshots', `${name}.png`), fullPage: true });
}
