/**
 * Layout and keyboard: the table's columns, narrow windows, resizable panes, the editor's
 * keyboard escape, the simulator's rows and the help primer. Each test failed before its fix.
 */
import { mkdirSync } from 'node:fs';

import { checkA11y, expect, test, waitForEditors } from './fixtures';
import { boxOf, dragBy, openPlayground, separatorValue, sidewaysOverflow } from './pages';

const SHOTS = 'reports/screenshots';
const LONG_ACTION = 's3:ListAccessPointsForObjectLambda';
const HEADER_ACTIONS = [
  'Examples',
  'Reset to example',
  /^Copy link/,
  'AWS managed policies',
  'Import',
  'Export',
  'Help',
] as const;

test.describe('the actions table', () => {
  test('long names stay in their column with an ellipsis, in full on hover and focus', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openPlayground(page);
    await page.evaluate((search) => window.playground?.setFilters({ search }), LONG_ACTION);
    const table = page.getByRole('table', { name: 'Actions' });
    const row = table.getByRole('row').filter({ hasText: LONG_ACTION });
    const name = row.getByRole('button', { name: LONG_ACTION, exact: true });
    await expect(name).toHaveAttribute('title', LONG_ACTION);

    const cells = row.getByRole('cell');
    const nameBox = await boxOf(name);
    expect(nameBox.x + nameBox.width, 'the name ends before the next column').toBeLessThanOrEqual(
      (await boxOf(cells.nth(1))).x,
    );
    expect(await name.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
    expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    // The Reason column is inside the table, not cut off at its edge.
    const reason = cells.last();
    await expect(reason).toHaveAttribute('title', 'No permissions boundary allows it');
    const tableBox = await boxOf(table);
    const reasonBox = await boxOf(reason);
    expect(reasonBox.x + reasonBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);

    // Focused, the row shows the whole name.
    await name.focus();
    await expect
      .poll(() =>
        name.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight),
      )
      .toBe(true);
  });

  test('columns resize by dragging their edge or by keyboard, and the width is remembered', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openPlayground(page);
    const table = page.getByRole('table', { name: 'Actions' });
    const header = table.getByRole('columnheader', { name: 'Action', exact: true });
    const edge = page.getByRole('separator', { name: 'Resize the Action column' });
    await expect(edge).toHaveAttribute('aria-orientation', 'vertical');
    const start = await separatorValue(edge);
    const startWidth = (await boxOf(header)).width;

    await dragBy(page, edge, 60, 0);
    expect(await separatorValue(edge)).toBeGreaterThanOrEqual(start + 58);
    expect((await boxOf(header)).width).toBeGreaterThanOrEqual(startWidth + 56);
    // Dragging the edge does not sort the column.
    await expect(header).toHaveAttribute('aria-sort', 'ascending');

    await edge.focus();
    const dragged = await separatorValue(edge);
    await page.keyboard.press('ArrowRight');
    await expect(edge).toHaveAttribute('aria-valuenow', String(dragged + 16));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(edge).toHaveAttribute('aria-valuenow', String(dragged - 16));
    await page.keyboard.press('Home');
    await expect(edge).toHaveAttribute('aria-valuenow', (await edge.getAttribute('aria-valuemin')) ?? '');
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const chosen = await separatorValue(edge);

    await page.reload();
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await expect(edge).toHaveAttribute('aria-valuenow', String(chosen));
    expect(Math.round((await boxOf(header)).width)).toBe(chosen);
  });
});

test.describe('narrow windows', () => {
  test('at 800 px the panes stack, nothing scrolls sideways, every header action is in the menu', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await openPlayground(page);
    await waitForEditors(page, 2);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const identity = await boxOf(page.getByTestId('pane.identity'));
    const other = await boxOf(page.getByTestId('pane.other'));
    const venn = await boxOf(page.getByRole('figure', { name: 'Venn diagram' }));
    expect(other.y).toBeGreaterThan(identity.y + identity.height - 1);
    expect(venn.y).toBeGreaterThan(other.y + other.height - 1);
    expect(identity.height).toBeGreaterThan(300);

    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    for (const name of HEADER_ACTIONS) await expect(page.getByRole('button', { name })).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Examples' })).toBeFocused();
    for (const name of HEADER_ACTIONS) {
      const button = page.getByRole('button', { name });
      await expect(button).toBeVisible();
      const box = await boxOf(button);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(800);
    }
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await checkA11y(page);

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();

    // By keyboard: open, reach Help, open it; closing the dialog returns to "Menu".
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Examples' })).toBeFocused();
    await page.getByRole('button', { name: 'Help' }).focus();
    await page.keyboard.press('Enter');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(menu).toBeFocused();

    // A dialog the transfer buttons own still opens from the menu, and hands focus back too.
    await menu.click();
    await page.getByRole('button', { name: 'Import' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import from AWS' });
    await expect(importDialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(importDialog).toBeHidden();
    await expect(menu).toBeFocused();

    // Tabbing past the last action closes the menu.
    await menu.click();
    await page.getByRole('button', { name: 'Help' }).focus();
    await page.keyboard.press('Tab');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    // So does a click elsewhere.
    await menu.click();
    await page.getByRole('heading', { name: 'IAM Policy Playground' }).click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    // Widening the window shows the actions in the header; narrowing it again finds the menu closed.
    await menu.click();
    await page.setViewportSize({ width: 1200, height: 900 });
    await expect(menu).toBeHidden();
    await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
    await page.setViewportSize({ width: 800, height: 900 });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Import' })).toBeHidden();
  });
});

test.describe('resizable panes', () => {
  test('at 1280×720 the explanation is readable, and every split resizes by drag and keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openPlayground(page);
    await waitForEditors(page, 2);
    await page.evaluate(() => window.playground?.selectAction('s3:ListAllMyBuckets'));
    const explanation = page.getByTestId('explanation');
    await expect(explanation).toBeVisible();
    expect((await boxOf(explanation)).height).toBeGreaterThan(150);

    // The table/explanation split, by keyboard, within its minimums.
    const split = page.getByRole('separator', { name: 'Resize the table and the explanation' });
    await expect(split).toHaveAttribute('aria-orientation', 'horizontal');
    const start = await separatorValue(split);
    await split.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(split).toHaveAttribute('aria-valuenow', String(start + 4));
    await page.keyboard.press('End');
    await expect(split).toHaveAttribute('aria-valuenow', (await split.getAttribute('aria-valuemax')) ?? '');
    expect((await boxOf(explanation)).height).toBeGreaterThanOrEqual(119);
    await page.keyboard.press('Home');
    await expect(split).toHaveAttribute('aria-valuenow', (await split.getAttribute('aria-valuemin')) ?? '');
    expect((await boxOf(page.getByRole('region', { name: 'Actions' }))).height).toBeGreaterThanOrEqual(179);
    await page.keyboard.press('ArrowDown');
    const splitValue = await separatorValue(split);

    // The editor panes, by dragging.
    const editors = page.getByRole('separator', { name: 'Resize the two editor panes' });
    const identity = page.getByTestId('pane.identity');
    const identityHeight = (await boxOf(identity)).height;
    await dragBy(page, editors, 0, 80);
    expect((await boxOf(identity)).height).toBeGreaterThan(identityHeight + 70);
    const editorsValue = await separatorValue(editors);

    // The columns, by dragging.
    const columns = page.getByRole('separator', { name: 'Resize editors and results' });
    const identityWidth = (await boxOf(identity)).width;
    await dragBy(page, columns, -100, 0);
    expect((await boxOf(identity)).width).toBeLessThan(identityWidth - 90);
    const columnsValue = await separatorValue(columns);

    // Remembered by this browser.
    await page.reload();
    await waitForEditors(page, 2);
    await page.evaluate(() => window.playground?.selectAction('s3:ListAllMyBuckets'));
    await expect(split).toHaveAttribute('aria-valuenow', String(splitValue));
    await expect(editors).toHaveAttribute('aria-valuenow', String(editorsValue));
    await expect(columns).toHaveAttribute('aria-valuenow', String(columnsValue));
    // Not part of the scenario: the link does not change with the layout.
    expect(await page.evaluate(() => JSON.stringify(window.playground?.sharedState()))).not.toContain(
      'split',
    );
  });

  test('without storage, the splits still work for the session', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openPlayground(page);
    const columns = page.getByRole('separator', { name: 'Resize editors and results' });
    const start = await separatorValue(columns);
    await columns.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(columns).toHaveAttribute('aria-valuenow', String(start - 2));
  });
});

test.describe('keyboard', () => {
  test('Esc then Tab leaves the editor; Tab alone indents', async ({ page }) => {
    await openPlayground(page);
    await waitForEditors(page, 2);
    const textbox = page.getByRole('textbox', { name: /^Permissions boundary\./ });
    await expect(textbox).toHaveAttribute('aria-label', /Escape then Tab/);
    await expect(textbox).toHaveAttribute('aria-label', /Ctrl\+M/);
    const editor = page.getByTestId('pane.other').locator('.monaco-editor');
    const text = () => page.evaluate(() => window.playground?.getPolicyText('boundary'));
    const inEditor = () => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));

    await editor.locator('.view-lines').click();
    const before = await text();
    await page.keyboard.press('Tab');
    await expect.poll(text).not.toBe(before);
    expect(await inEditor()).toBe(true);

    // A key other than Tab after Esc ends the way out: Tab indents again.
    const indented = await text();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await expect.poll(text).not.toBe(indented);
    expect(await inEditor()).toBe(true);

    const typed = await text();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
    await expect(editor).not.toHaveClass(/focused/);
    expect(await text()).toBe(typed);

    // Back in with Shift+Tab, and out backwards with Esc then Shift+Tab.
    await page.keyboard.press('Shift+Tab');
    expect(await inEditor()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect(await inEditor()).toBe(false);
    expect(await text()).toBe(typed);
  });
});

test.describe('the simulator', () => {
  test('context-key rows line up: key, values, checkbox and remove button', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openPlayground(page);
    await page.keyboard.press('Alt+2');
    await page.evaluate(() =>
      window.playground?.setContext([
        { key: 'aws:SourceIp', values: ['203.0.113.7'] },
        { key: 'aws:PrincipalTag/team', values: ['red', 'blue'] },
      ]),
    );
    const fieldset = page.getByRole('group', { name: 'Context keys' });
    const keys = fieldset.getByRole('combobox', { name: 'Context key' });
    const values = fieldset.getByRole('textbox', { name: /^Values of/ });
    const checks = fieldset.getByRole('checkbox', { name: 'multivalued' });
    const removes = fieldset.getByRole('button', { name: /^Remove / });
    await expect(keys).toHaveCount(2);
    const group = await boxOf(fieldset);
    const rows = [];
    for (const i of [0, 1]) {
      rows.push({
        key: await boxOf(keys.nth(i)),
        values: await boxOf(values.nth(i)),
        check: await boxOf(checks.nth(i)),
        remove: await boxOf(removes.nth(i)),
      });
    }
    for (const row of rows) {
      expect(row.check.width, 'a checkbox is checkbox-sized').toBeLessThan(24);
      expect(row.remove.x + row.remove.width).toBeLessThanOrEqual(group.x + group.width);
      expect(row.values.x).toBeGreaterThan(row.key.x + row.key.width);
      const middle = row.key.y + row.key.height / 2;
      for (const part of [row.values, row.check, row.remove])
        expect(Math.abs(part.y + part.height / 2 - middle)).toBeLessThanOrEqual(2);
    }
    const [first, second] = rows;
    for (const part of ['key', 'values', 'check', 'remove'] as const) {
      expect(first?.[part].x, `${part} column`).toBeCloseTo(second?.[part].x ?? -1, 0);
      expect(first?.[part].width, `${part} width`).toBeCloseTo(second?.[part].width ?? -1, 0);
    }
  });
});

test.describe('help', () => {
  test('is a primer: boundaries, the evaluation order, AWS pages and the shortcuts', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('button', { name: 'Help' }).click();
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    // It opens at the top, on its title, not scrolled down to the first link.
    await expect(help.getByRole('heading', { name: 'Help', exact: true })).toBeFocused();
    await expect(help).toContainText('What a permissions boundary is');

    const order = help
      .getByRole('list', { name: 'The order AWS evaluates a request in' })
      .getByRole('listitem');
    const gates = [
      'Explicit deny',
      'Resource control policies',
      'Service control policies',
      'Resource-based policy',
      'Identity-based policies',
      'Permissions boundary',
      'Session policy',
      'Allowed',
    ];
    await expect(order).toHaveCount(gates.length);
    for (const [i, gate] of gates.entries()) await expect(order.nth(i)).toContainText(gate);
    await expect(order.nth(5)).toContainText('never grants');

    const links = help.getByRole('link');
    const pages = [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
    ];
    await expect(links).toHaveCount(pages.length);
    for (const [i, href] of pages.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', href);
      await expect(links.nth(i)).toHaveAttribute('target', '_blank');
      await expect(links.nth(i)).toHaveAttribute('rel', /(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/);
    }

    const shortcuts = help.getByRole('table');
    await expect(shortcuts).toContainText('Alt+2');
    await expect(shortcuts).toContainText('Esc, then Tab');
    await expect(shortcuts).toContainText('Ctrl+M');
    await checkA11y(page);
  });
});

test.describe('screenshots', () => {
  for (const [width, height] of [
    [800, 900],
    [1280, 720],
    [1440, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${width} px, ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        await openPlayground(page);
        await waitForEditors(page, 2);
        await page.evaluate(() => window.playground?.setFilters({ search: 's3:List*' }));
        await page.getByRole('button', { name: 's3:ListAllMyBuckets', exact: true }).click();
        await expect(page.getByTestId('explanation.message')).toBeVisible();
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        mkdirSync(SHOTS, { recursive: true });
        // Narrow pages scroll down: the whole page, so every pane is in the picture.
        await page.screenshot({ path: `${SHOTS}/layout-${width}-${scheme}.png`, fullPage: width < 1000 });
        await page.keyboard.press('Alt+2');
        await page.evaluate(() =>
          window.playground?.setContext([{ key: 'aws:SourceIp', values: ['203.0.113.7'] }]),
        );
        await expect(page.getByTestId('sim.message')).toBeVisible();
        await page.screenshot({
          path: `${SHOTS}/layout-${width}-${scheme}-simulator.png`,
          fullPage: width < 1000,
        });
        await page.keyboard.press('?');
        await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/layout-${width}-${scheme}-help.png` });
        await checkA11y(page);
      });
    }
  }
});
