/** Page helpers shared by the e2e specs: waiting for results and reading what the page shows. */
import type { Locator, Page } from '@playwright/test';

import { expect } from './fixtures';

/** The exact message AWS prints for the example scenario's denied call. */
export const EXAMPLE_MESSAGE =
  'User: arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession is not authorized to perform: s3:ListAllMyBuckets because no permissions boundary allows the s3:ListAllMyBuckets action';

/** Opens the playground and waits for the first complete results (Venn counts and table rows). */
export async function openPlayground(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'current');
  await expect(
    page.getByRole('figure', { name: 'Venn diagram' }).getByTestId('venn.effectiveAllowed'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Actions' }).getByRole('row').nth(1)).toBeVisible();
}

/** The number a Venn legend entry shows. */
export async function vennCount(page: Page, region: string): Promise<number> {
  const text = await page.getByTestId(`venn.${region}`).locator('.legend-count').innerText();
  return Number(text.replace(/,/g, ''));
}

/** The number of rows the table says it shows ("N of M"). */
export async function tableCount(page: Page): Promise<number> {
  const text = await page.getByTestId('table.count').innerText();
  return Number((/^([\d,]+) of/.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));
}

/** Waits until the results reflect the documents on screen (not updating, not stale). */
export async function settle(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.playground?.results()?.phase ?? null)).toBe('current');
}

/** How far the page scrolls sideways (0 when it does not). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The element's box, failing the test when it is not rendered. */
export async function boxOf(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  expect(box, 'a rendered element').not.toBeNull();
  return box ?? { x: 0, y: 0, width: 0, height: 0 };
}

/** Drags `handle` from its centre by (dx, dy) pixels with the mouse. */
export async function dragBy(page: Page, handle: Locator, dx: number, dy: number): Promise<void> {
  const box = await boxOf(handle);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 3 });
  await page.mouse.move(x + dx, y + dy, { steps: 3 });
  await page.mouse.up();
}

/** A separator's `aria-valuenow`. */
export async function separatorValue(separator: Locator): Promise<number> {
  return Number(await separator.getAttribute('aria-valuenow'));
}

/** Copies the page's link with its "Copy link" button and returns what landed on the clipboard. */
export async function copyLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share.copy').click();
  await expect(page.getByTestId('share.status')).toContainText('Link copied');
  return page.evaluate(() => navigator.clipboard.readText());
}
