/** The Venn view tells the truth in every scenario: every action in one drawn region, no region for a missing layer. */
import { DEFAULT_SHARED_STATE, encodePermalink } from '../src/permalink';
import type { Page } from '@playwright/test';

import { checkA11y, expect, test } from './fixtures';
import { openPlayground, vennCount } from './pages';

const REGIONS = [
  'effectiveAllowed',
  'effectiveConditional',
  'identityOnly',
  'boundaryOnly',
  'cutElsewhere',
  'explicitDeny',
  'neither',
  'alwaysAllowed',
];

/** The sum of the legend's numbers (the regions the legend shows). */
async function legendTotal(page: Page): Promise<number> {
  let total = 0;
  for (const region of REGIONS) {
    if ((await page.getByTestId(`venn.${region}`).count()) > 0) total += await vennCount(page, region);
  }
  return total;
}

async function catalogTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('venn.total').innerText();
  return Number((/([\d,]+) in all/.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));
}

test('without a boundary, no boundary circle and no boundary regions; the numbers add up', async ({
  page,
}) => {
  await openPlayground(page, `/#${encodePermalink({ ...DEFAULT_SHARED_STATE, permissionsBoundary: null })}`);
  const venn = page.getByTestId('venn');
  await expect(venn.getByText('Permissions boundary', { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('venn.boundaryOnly')).toHaveCount(0);
  await expect(page.getByTestId('venn.identityOnly')).toHaveCount(0);
  await expect(page.getByTestId('venn.cutElsewhere')).toHaveCount(0);
  const total = await catalogTotal(page);
  expect(total).toBe(22091);
  expect(await legendTotal(page)).toBe(total);
  await checkA11y(page);
});

test('with SCPs, what they cut from the overlap is drawn and named, distinct from the boundary cut', async ({
  page,
}) => {
  await openPlayground(page, '/#example=scp-levels');
  await expect(page.getByTestId('venn.cutElsewhere')).toBeVisible();
  expect(await vennCount(page, 'cutElsewhere')).toBeGreaterThan(0);
  await expect(page.getByTestId('venn.ceilings')).toContainText('service control policies');
  // Every action in exactly one region: the legend adds up to the catalog.
  expect(await legendTotal(page)).toBe(await catalogTotal(page));
  // The two kinds of cut read apart.
  const cutTone = await page.getByTestId('venn.cutElsewhere').getAttribute('class');
  expect(cutTone).toContain('tone-ceiling');
});

test('the example scenario draws both sets, always-allowed actions included, and adds up', async ({
  page,
}) => {
  await openPlayground(page);
  await expect(page.getByTestId('venn').getByText('Permissions boundary', { exact: true })).toBeVisible();
  expect(await vennCount(page, 'alwaysAllowed')).toBe(1);
  expect(await legendTotal(page)).toBe(await catalogTotal(page));
});
