/**
 * No lost work: Recent work keeps whatever a link, an import or a restore replaced, across
 * dismissals and reloads; the address shows the start-up state at once; saved work that cannot
 * be opened is kept and explained; two tabs never overwrite each other silently; the editor
 * refuses what a link cannot hold; an embed explains a broken link.
 */
import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { decodePermalink } from '../src/permalink';
import { linkOf } from '../src/permalink/testLinks';
import { checkA11y, expect, test } from './fixtures';
import { openPlayground } from './pages';

const WORK_PRINCIPAL = 'arn:aws:iam::111122223333:user/saved-work';
const LINKED_PRINCIPAL = 'arn:aws:iam::111122223333:user/linked';
const FIXTURE = new URL('../src/import/fixtures/account-authorization-details.json', import.meta.url);
const ROLE_ARN = 'arn:aws:iam::111122223333:role/service/app/orders-processor';

const principalOf = (page: Page) => page.evaluate(() => window.playground?.sharedState().principal);

/** Makes the current work something to lose, and waits until it is autosaved. */
async function makeSavedWork(page: Page): Promise<void> {
  await openPlayground(page);
  await page.evaluate((p) => window.playground?.setPrincipal(p), WORK_PRINCIPAL);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('iam-playground.autosave') ?? ''))
    .toContain('saved-work');
}

/** Opens the Recent work menu by keyboard and returns its panel. */
async function openRecentWork(page: Page) {
  const toggle = page.getByTestId('recent.toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Recent work' });
  await expect(panel).toBeVisible();
  return panel;
}

test('Import → "Open as scenario" keeps the replaced work, which comes back with one click', async ({
  page,
}) => {
  await makeSavedWork(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from AWS' });
  await dialog.getByLabel('AWS CLI JSON output').fill(await readFile(FIXTURE, 'utf8'));
  await dialog.getByLabel('User or role').selectOption(ROLE_ARN);
  await dialog.getByRole('button', { name: 'Open as scenario' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => principalOf(page)).toContain('orders-processor');

  const banner = page.getByTestId('banner.restore');
  await expect(banner).toContainText('The import replaced your previous work. It was kept in Recent work');
  const panel = await openRecentWork(page);
  await expect(panel.getByTestId('recent.entry')).toHaveCount(1);
  await expect(panel.getByTestId('recent.entry')).toContainText('Replaced by an import');
  await expect(panel.getByTestId('recent.entry')).toContainText(`${WORK_PRINCIPAL} · AdministratorAccess`);
  await page.keyboard.press('Escape');
  await banner.getByRole('button', { name: 'Restore your previous work' }).click();
  await expect.poll(() => principalOf(page)).toBe(WORK_PRINCIPAL);
});

test('Recent work outlives a dismissed banner and a reload; restoring keeps the current work there', async ({
  page,
}) => {
  await makeSavedWork(page);
  await page.goto('about:blank');
  await openPlayground(page, `/#${linkOf({ p: LINKED_PRINCIPAL })}`);
  await page.getByTestId('banner.restore').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('banner.restore')).toHaveCount(0);
  await page.reload();
  await expect.poll(() => principalOf(page)).toBe(LINKED_PRINCIPAL);

  // The menu is a disclosure: Enter opens it on its first action, Escape closes it back to the button.
  const toggle = page.getByTestId('recent.toggle');
  await expect(toggle).toHaveText('Recent work (1)');
  let panel = await openRecentWork(page);
  const entry = panel.getByTestId('recent.entry');
  await expect(entry).toContainText('Replaced by a link');
  await expect(entry).toContainText(WORK_PRINCIPAL);
  await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(entry.getByRole('button', { name: 'Restore' })).toBeFocused();
  await checkA11y(page);
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  panel = await openRecentWork(page);
  await panel.getByRole('button', { name: 'Restore' }).click();
  await expect.poll(() => principalOf(page)).toBe(WORK_PRINCIPAL);
  await expect(toggle).toBeFocused();
  panel = await openRecentWork(page);
  await expect(panel.getByTestId('recent.entry')).toHaveCount(1);
  await expect(panel.getByTestId('recent.entry')).toContainText(LINKED_PRINCIPAL);
  await expect(panel.getByTestId('recent.entry')).toContainText('Replaced by restoring other work');
});

test('after saved work is restored at start-up, the address is its link before any edit', async ({
  page,
  browser,
}) => {
  await makeSavedWork(page);
  await page.goto('about:blank');
  await openPlayground(page, '/');
  await expect.poll(() => principalOf(page)).toBe(WORK_PRINCIPAL);
  const hash = new URL(page.url()).hash;
  const decoded = decodePermalink(hash);
  expect(decoded.ok && decoded.state.principal).toBe(WORK_PRINCIPAL);

  // Opened where nothing is saved, the address shows the same work.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect.poll(() => principalOf(other)).toBe(WORK_PRINCIPAL);
  await context.close();
});

test('saved work that cannot be opened is explained and kept in Recent work, to download', async ({
  page,
}) => {
  await openPlayground(page);
  const future = JSON.stringify({ v: 2, savedAt: 1, state: { p: 'from the future' } });
  await page.evaluate((text) => localStorage.setItem('iam-playground.autosave', text), future);
  await page.goto('about:blank');
  await openPlayground(page, '/');
  await expect(page.getByTestId('banner.saved-work')).toHaveText(
    /Your saved work was not opened: it was written by a newer version of the playground \(format 2\)\. Its stored text was kept, unchanged, in Recent work\./,
  );
  await page.evaluate((p) => window.playground?.setPrincipal(p), WORK_PRINCIPAL);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('iam-playground.autosave') ?? ''))
    .toContain('saved-work');

  const panel = await openRecentWork(page);
  const entry = panel.getByTestId('recent.entry');
  await expect(entry).toContainText('Saved work that could not be opened');
  await expect(entry).toContainText('Cannot be opened here: it was written by a newer version');
  await expect(entry.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    entry.getByRole('button', { name: 'Download its text' }).click(),
  ]);
  expect(await readFile((await file.path()) ?? '', 'utf8')).toBe(future);
  await checkA11y(page);
});

test('two tabs: a save in the other tab is announced, and "Load theirs" keeps mine in Recent work', async ({
  page,
}) => {
  await makeSavedWork(page);
  const other = await page.context().newPage();
  await openPlayground(other, '/');
  await expect.poll(() => principalOf(other)).toBe(WORK_PRINCIPAL);
  await other.evaluate((p) => window.playground?.setPrincipal(p), LINKED_PRINCIPAL);

  const banner = page.getByTestId('banner.other-tab');
  await expect(banner).toContainText('This work was changed in another tab');
  await expect(banner.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
  await checkA11y(page);
  await banner.getByRole('button', { name: 'Load theirs' }).click();
  await expect.poll(() => principalOf(page)).toBe(LINKED_PRINCIPAL);
  await expect(banner).toHaveCount(0);
  const panel = await openRecentWork(page);
  await expect(panel.getByTestId('recent.entry')).toContainText(WORK_PRINCIPAL);
  await other.close();
});

test('a name longer than a link can hold is refused with a message, and the link still reopens', async ({
  page,
}) => {
  await openPlayground(page);
  const name = page.getByTestId('rename.identity-1');
  await name.fill('n'.repeat(4097));
  await name.press('Enter');
  await expect(page.getByTestId('banner.limit')).toHaveText(
    /That change was not made: the work would no longer fit in a link or the autosave \(identityPolicies\[0\]\.name is longer than 4096 characters\)\./,
  );
  await expect(name).toHaveValue('AdministratorAccess');
  const link = await page.evaluate(() => window.playground && location.hash);
  expect(decodePermalink(link ?? '').ok).toBe(true);
});

test('at 800 px, Recent work is in the header menu, and Escape closes one level at a time', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openPlayground(page);
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  const toggle = page.getByTestId('recent.toggle');
  await expect(toggle).toBeVisible();
  await toggle.click();
  const panel = page.getByRole('region', { name: 'Recent work' });
  await expect(panel).toContainText('Nothing yet');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});

for (const hash of ['#s=1.AAAAbroken', '#example=no-such-example', '#whatever']) {
  test(`?embed${hash} shows the full app's alert instead of passing off the example`, async ({ page }) => {
    await page.goto(`/${hash}`);
    const full = await page.getByTestId('banner.link-error').locator('span').innerText();
    expect(full).not.toBe('');
    await page.goto(`/?embed${hash}`);
    const alert = page.getByTestId('banner.link-error');
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert.locator('span')).toHaveText(full);
    await checkA11y(page);
  });
}
