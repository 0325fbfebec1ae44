/**
 * Hostile links: nothing a link carries can make the page load an outside resource or render
 * the link's text as Markdown (images, links) in the editor's hovers.
 */
import type { Page } from '@playwright/test';

import { createNodeCatalog } from '../src/catalog/node';
import { actionMatches } from '../src/engine';
import { searchMatcher } from '../src/state/tableRows';
import { expect, test, waitForEditors } from './fixtures';
import { openPlayground, tableCount, vennCount } from './pages';

// An identity policy whose Action is `s3:*` followed by blank lines, a remote image and a link:
// "s3:*\n\n![x](https://attacker.example/pixel.png)\n\n[Open the AWS console](https://attacker.example/login)"
const HOSTILE_LINK =
  '/#s=1.QylRqBoMxHsS1DWKickDIsXoiliNjJKSgmIrff1EUE8lO7VIL7UiMbcAmGwKMitSc_QK8tI1Iaqj_QtS8xRKMoCjHuHBCsDyuRiYuPDoB_YHMvM0SQpNUBABAA';

const catalog = createNodeCatalog();
/** How many catalog actions pass a test: what the page must show, computed apart from it. */
const countActions = (test: (fullName: string) => boolean) =>
  catalog.actions.filter((action) => test(action.fullName)).length;

/**
 * Opens a link that once froze the page and waits, at most 15 s, for its results (or for a
 * "too heavy" failure, which the page may give instead; then the test reports it).
 */
async function openFreezingLink(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const results = page.getByTestId('results');
  await expect(results).toHaveAttribute('data-phase', /^(current|failed)$/, { timeout: 15_000 });
  await expect(page.getByTestId('results.failed')).toHaveCount(0);
  await expect(results).toHaveAttribute('data-phase', 'current');
}

/** The page still answers: Help opens and closes, and typing in the table search filters rows. */
async function expectResponsive(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeHidden();
  const search = page.getByTestId('table.search');
  await search.fill('s3:ListAllMyBuckets');
  await expect.poll(() => tableCount(page)).toBe(1);
  await expect(page.getByRole('button', { name: 's3:ListAllMyBuckets', exact: true })).toBeVisible();
}

test.describe('links that once froze the page', () => {
  test('an Action of ten `?*` pairs then Q (it hung the worker): results within 15 s, page responsive', async ({
    page,
  }) => {
    // The identity policy allows `ec2:?*?*?*?*?*?*?*?*?*?*Q` on `*`; the boundary stays `ec2:*`.
    const glob = `ec2:${'?*'.repeat(10)}Q`;
    await openFreezingLink(page, '/#s=1.QylRqBoMpHnSXgsTBpLkcZBvAA');
    await expect(page.getByTestId('pane.identity').locator('.view-lines')).toContainText(glob);
    const ec2 = countActions((name) => name.startsWith('ec2:'));
    const granted = countActions((name) => actionMatches(glob, name));
    expect(await vennCount(page, 'effectiveAllowed')).toBe(granted);
    expect(await vennCount(page, 'boundaryOnly')).toBe(ec2 - granted);
    await expectResponsive(page);
  });

  test('a table search of seven `?*` pairs then Q (it froze the main thread): rows within 15 s, page responsive', async ({
    page,
  }) => {
    const search = '?*?*?*?*?*?*?*Q';
    await openFreezingLink(page, '/#s=1.q0aURfZayDAQGK0A');
    await expect(page.getByTestId('table.search')).toHaveValue(search);
    await expect.poll(() => tableCount(page)).toBe(countActions(searchMatcher(search)));
    await expectResponsive(page);
  });
});

test.describe('hostile input', () => {
  test('hovering an Action value made of Markdown renders no image or link and loads nothing', async ({
    page,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('attacker.example')) outside.push(request.url());
    });
    await openPlayground(page, HOSTILE_LINK);
    await waitForEditors(page, 2);
    const editor = page.getByTestId('pane.identity').locator('.monaco-editor');
    // The string token that starts the Action value (Monaco's token spans are `mtk…`).
    const value = editor.locator('.view-line span[class^="mtk"]', { hasText: /^"s3:\*/ });
    await expect(value).toBeVisible();
    await value.hover({ position: { x: 12, y: 5 } });
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 's3:*' });
    await expect(hover).toBeVisible();
    await expect(hover).toContainText('matches no action');
    // The value is shown as written, as one piece of code: its Markdown is inert.
    await expect(hover.locator('.markdown-hover code')).toContainText(
      's3:*\\n\\n![x](https://attacker.example/pixel.png)\\n\\n[Open the AWS console]',
    );
    await expect(hover.locator('img')).toHaveCount(0);
    await expect(hover.locator('a[href*="attacker"], a[data-href*="attacker"]')).toHaveCount(0);
    expect(outside).toEqual([]);
  });

  test('pasting a document nested 5,000 deep into Import gives an error, and the page stays', async ({
    page,
  }) => {
    await openPlayground(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from AWS' });
    await dialog
      .getByLabel('AWS CLI JSON output')
      .fill(`{"Statement":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    await expect(dialog).toContainText('The input is nested too deeply: more than 108 levels');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('figure', { name: 'Venn diagram' })).toBeVisible();
  });

  test('the built page declares a Content-Security-Policy that keeps everything on its own origin', async ({
    page,
    browser,
  }) => {
    await openPlayground(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-eval');
    // An image from another origin is refused before any request is made. The refusal logs a
    // console error by design, so it is provoked in a second page the guards do not watch.
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto(page.url());
    const blocked = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
            once: true,
          });
          const image = document.createElement('img');
          image.src = 'https://attacker.example/pixel.png';
          document.body.append(image);
        }),
    );
    await context.close();
    expect(blocked).toBe('img-src');
  });
});
