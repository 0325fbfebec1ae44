import { mkdirSync } from 'node:fs';

import { checkA11y, expect, test, waitForEditors } from './fixtures';
import { openPlayground, vennCount } from './pages';

const SHOTS = 'reports/screenshots';

test.describe('responsiveness and bad input', () => {
  test('while a document is not valid JSON the last results stay, marked out of date', async ({ page }) => {
    await openPlayground(page);
    const before = await vennCount(page, 'effectiveAllowed');
    await page.evaluate(() =>
      window.playground?.setPolicyText('boundary', '{"Version": "2012-10-17", "Statement": ['),
    );
    await expect(page.getByTestId('table.count')).toContainText('out of date');
    await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'stale');
    expect(await vennCount(page, 'effectiveAllowed')).toBe(before);
    await expect(page.getByRole('region', { name: 'Problems in Permissions boundary' })).toContainText(/IAM/);
    await page.evaluate(() =>
      window.playground?.setPolicyText(
        'boundary',
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}',
      ),
    );
    await expect(page.getByTestId('table.count')).not.toContainText('out of date');
    await expect.poll(() => vennCount(page, 'effectiveAllowed')).not.toBe(before);
  });

  test('an 850 KB pasted document keeps the page responsive and shows the size diagnostic', async ({
    page,
  }) => {
    await openPlayground(page);
    await waitForEditors(page, 2);
    await page.evaluate(() => {
      const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/key' };
      const statements = Array.from({ length: 8_000 }, (_, i) => ({ ...statement, Sid: `S${i}` }));
      window.playground?.setPolicyText(
        'boundary',
        JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 1),
      );
    });
    expect(
      (await page.evaluate(() => window.playground?.getPolicyText('boundary')?.length)) ?? 0,
      // Just under the 1,000,000 characters a link can hold (past that the editor refuses it).
    ).toBeGreaterThan(700_000);
    // The main thread stays free: a timer scheduled now fires promptly while the worker analyses.
    const delay = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          setTimeout(() => resolve(performance.now() - start), 0);
        }),
    );
    expect(delay).toBeLessThan(500);
    await expect(page.getByRole('region', { name: 'Problems in Permissions boundary' })).toContainText(
      /size|characters/i,
      {
        timeout: 30_000,
      },
    );
    await expect
      .poll(() => page.evaluate(() => window.playground?.diagnosticCodes()['boundary'] ?? []), {
        timeout: 30_000,
      })
      .toContain('policy-size');
  });
});

test.describe('a tool people enjoy', () => {
  test('keyboard shortcuts switch views and are listed in the help dialog', async ({ page }) => {
    await openPlayground(page);
    await page.keyboard.press('Alt+2');
    await expect(page.getByTestId('view.simulator')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Alt+3');
    await expect(page.getByTestId('view.effective')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('/');
    await expect(page.getByTestId('table.search')).toBeFocused();
    await page.getByTestId('table.search').blur();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Alt+2');
    await checkA11y(page);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('the footer shows the catalog version and date', async ({ page }) => {
    await openPlayground(page);
    await expect(page.getByTestId('catalog-version')).toContainText(
      /@cloud-copilot\/iam-data \S+ \(\d{4}-\d{2}-\d{2}\)/,
    );
  });

  test('the layout works at 1024 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openPlayground(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('region', { name: 'Identity policy', exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Actions' })).toBeVisible();
  });

  test('the splitter resizes the columns from the keyboard', async ({ page }) => {
    await openPlayground(page);
    const splitter = page.getByRole('separator', { name: 'Resize editors and results' });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 4));
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot: ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 900 });
      await openPlayground(page);
      await waitForEditors(page, 2);
      await page.getByTestId('table.search').fill('s3:List*');
      await page.getByRole('button', { name: 's3:ListAllMyBuckets', exact: true }).click();
      await expect(page.getByTestId('explanation.message')).toBeVisible();
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${scheme}.png` });
      await checkA11y(page);
    });
  }

  test('screenshot: an error state', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openPlayground(page);
    await waitForEditors(page, 2);
    await page.evaluate(() =>
      window.playground?.setPolicyText(
        'boundary',
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "allow", "Action": "s3:GetObjekt", "Resource": "*"\n',
      ),
    );
    await expect(page.getByTestId('table.count')).toContainText('out of date');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/error.png` });
  });
});
