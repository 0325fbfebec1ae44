/** The AWS managed policy picker: search, preview, attach as identity policy, use as boundary. */
import type { Page } from '@playwright/test';

import { checkA11y, expect, test } from './fixtures';
import { openPlayground, vennCount } from './pages';

const EMPTY_POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n';

async function openPicker(page: Page) {
  await page.getByRole('button', { name: 'AWS managed policies' }).click();
  const dialog = page.getByRole('dialog', { name: 'AWS managed policies' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('managed-count')).toContainText('policies match');
  return dialog;
}

/** Searches, selects the policy with exactly this name and waits for its preview. */
async function pick(page: Page, query: string, name: string) {
  const dialog = await openPicker(page);
  await dialog.getByLabel('Search AWS managed policies').fill(query);
  const results = dialog.getByRole('list', { name: 'Matching policies' }).getByRole('listitem');
  const item = results.filter({ has: page.getByText(name, { exact: true }) }).getByRole('button');
  await item.click();
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  const preview = dialog.getByTestId('managed-preview');
  await expect(preview).toContainText('"Statement"');
  return { dialog, results, previewText: (await preview.textContent()) ?? '' };
}

/** The document id behind a tab (tabs carry `data-testid="tab.<id>"`). */
async function tabDocumentId(page: Page, name: RegExp): Promise<string> {
  const testId = await page.getByRole('tab', { name }).getAttribute('data-testid');
  return (testId ?? '').replace(/^tab\./, '');
}

test.describe('AWS managed policies', () => {
  test('"readonly" finds ReadOnlyAccess first; attaching it adds a tab with its document and changes the counts', async ({
    page,
  }) => {
    await openPlayground(page);
    // An identity policy that allows nothing: then only the attached policy can grant.
    await page.evaluate((text) => window.playground?.setPolicyText('identity-1', text), EMPTY_POLICY);
    await expect.poll(() => vennCount(page, 'effectiveAllowed')).toBe(0);

    const { dialog, results, previewText } = await pick(page, 'readonly', 'ReadOnlyAccess');
    await expect(results.first()).toContainText('arn:aws:iam::aws:policy/ReadOnlyAccess');
    await expect(results.first()).toContainText(/Updated \d{4}-\d{2}-\d{2}/);
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Attach as identity policy' }).click();
    await expect(dialog).toBeHidden();

    const tab = page.getByRole('tab', { name: /ReadOnlyAccess/ });
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const id = await tabDocumentId(page, /ReadOnlyAccess/);
    expect(await page.evaluate((doc) => window.playground?.getPolicyText(doc), id)).toBe(previewText);
    await expect.poll(() => vennCount(page, 'effectiveAllowed')).toBeGreaterThan(0);
  });

  test('a managed policy used as the boundary replaces ec2-boundary and changes the counts', async ({
    page,
  }) => {
    await openPlayground(page);
    const before = await vennCount(page, 'effectiveAllowed');
    const { dialog, previewText } = await pick(page, 'cloudshell', 'AWSCloudShellFullAccess');
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Use as permissions boundary' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('tab', { name: /AWSCloudShellFullAccess/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('tab', { name: /ec2-boundary/ })).toHaveCount(0);
    expect(await page.evaluate(() => window.playground?.getPolicyText('boundary'))).toBe(previewText);
    await expect.poll(() => vennCount(page, 'effectiveAllowed')).not.toBe(before);
  });

  test('the list is capped and says so; Escape clears the search, then closes the picker without changing anything', async ({
    page,
  }) => {
    await openPlayground(page);
    const dialog = await openPicker(page);
    await expect(dialog.getByTestId('managed-count')).toContainText('the first 100 are listed');
    await expect(dialog.getByRole('list', { name: 'Matching policies' }).getByRole('listitem')).toHaveCount(
      100,
    );
    await dialog.getByLabel('Search AWS managed policies').fill('no policy is called this');
    await expect(dialog.getByTestId('managed-count')).toContainText(/^0 of [\d,]+ policies match/);
    await checkA11y(page);
    // The first Escape clears the search box (as every search field does), the second closes.
    await page.keyboard.press('Escape');
    await expect(dialog.getByLabel('Search AWS managed policies')).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Still the example's two documents, and nothing else.
    await expect(page.locator('[role="tab"][data-testid^="tab."]')).toHaveCount(2);
  });
});
