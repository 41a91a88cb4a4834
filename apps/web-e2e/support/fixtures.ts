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
      // A message still being written is named *.partial until it is complete.
      .filter((file) => file.endsWith('.json'))
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

/** WCAG 1.4.10 (reflow): at the width the page is shown, nothing makes it scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { content, viewport } = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  expect(content, `${label}: ${content} px of content in a ${viewport} px wide page (sideways scrolling)`).toBeLessThanOrEqual(viewport);
}

/** Phones: 390 px is today's common width, 320 px the one WCAG 1.4.10 asks pages to reflow at. */
export const PHONE = { width: 390, height: 844 } as const;
export const NARROW_PHONE = { width: 320, height: 640 } as const;

/**
 * How many pixels of an element's screenshot are of a colour (±24 per channel): for what the DOM cannot tell,
 * such as the focus ring of a browser-drawn part of a control. Decoded by the page's own canvas.
 */
export async function countPixelsOfColour(page: Page, png: Buffer, [red, green, blue]: readonly [number, number, number]): Promise<number> {
  return page.evaluate(
    async ({ dataUrl, red, green, blue }) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (Math.abs(data[index] - red) <= 24 && Math.abs(data[index + 1] - green) <= 24 && Math.abs(data[index + 2] - blue) <= 24) count += 1;
      }
      return count;
    },
    { dataUrl: `data:image/png;base64,${png.toString('base64')}`, red, green, blue },
  );
}

/** The app's focus ring colour (--focus in apps/web/src/styles/base.css). */
export const FOCUS_RING: readonly [number, number, number] = [0x0a, 0x76, 0xf6];
