/**
 * The e2e test base. Every test using it fails on a console error or warning, an uncaught page
 * error, or a request to any host other than the app's own; `checkA11y` runs axe outside
 * Monaco's own DOM.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Guards {
  /** Problems collected while the test ran; asserted empty after it. */
  readonly problems: string[];
}

/** Runs axe on the page and fails on serious or critical violations. */
export async function checkA11y(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    'serious or critical accessibility violations',
  ).toEqual([]);
}

/** Waits until Monaco has rendered in every editor on the page. */
export async function waitForEditors(page: Page, count: number): Promise<void> {
  await expect(page.locator('.monaco-editor .view-lines')).toHaveCount(count);
}

export const test = base.extend<Guards>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning')
          problems.push(`console ${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`outside request: ${url}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
