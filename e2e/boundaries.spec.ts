/**
 * Nothing blanks the page: each panel and dialog sits under an error boundary. The typed test API
 * breaks one (`playground.testing.breakPanel`); it must show what failed in its own place, leave
 * the rest of the app and the person's work alone, and come back with "Try again".
 */
import type { Locator, Page } from '@playwright/test';

import { expect, test, waitForEditors } from './fixtures';
import { openPlayground } from './pages';

type PanelName = Parameters<NonNullable<Window['playground']>['testing']['breakPanel']>[0];

const S3_BOUNDARY =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}';

/**
 * React reports each caught error on the console; the fixture fails on console errors, so the
 * expected reports are checked here (each fault reported at least once) and then set aside.
 */
function takeFaultReports(problems: string[], name: PanelName): void {
  const marker = `the ${name} panel was broken on purpose`;
  const reports = problems.filter((p) => p.startsWith('console error:') && p.includes(marker));
  expect(reports.length, `console reports of the ${name} fault`).toBeGreaterThan(0);
  const rest = problems.filter((p) => !reports.includes(p));
  problems.splice(0, problems.length, ...rest);
}

async function breakPanel(page: Page, name: PanelName): Promise<void> {
  await page.evaluate((n) => window.playground?.testing.breakPanel(n), name);
}

/** The rest of the app works: the work is kept, edits evaluate, a dialog opens. */
async function expectRestAlive(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.playground?.getPolicyText('identity-1'))).toContain(
    '"Action": "*"',
  );
  await expect(page.getByRole('heading', { name: 'IAM Policy Playground' })).toBeVisible();
  const before = await page.evaluate(() => window.playground?.results()?.counts?.effectiveAllowed);
  await page.evaluate((text) => window.playground?.setPolicyText('boundary', text), S3_BOUNDARY);
  await expect
    .poll(() => page.evaluate(() => window.playground?.results()?.counts?.effectiveAllowed))
    .not.toBe(before);
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeHidden();
}

interface PanelCase {
  readonly name: PanelName;
  /** Brings the panel on screen. */
  readonly show?: (page: Page) => Promise<void>;
  /** Something the panel shows when it works. */
  readonly content: (page: Page) => Locator;
}

const PANELS: readonly PanelCase[] = [
  { name: 'results', content: (page) => page.getByRole('figure', { name: 'Venn diagram' }) },
  { name: 'editors', content: (page) => page.getByTestId('pane.other').locator('.monaco-editor') },
  { name: 'identity-pane', content: (page) => page.getByTestId('pane.identity') },
  { name: 'other-pane', content: (page) => page.getByTestId('pane.other') },
  { name: 'venn', content: (page) => page.getByRole('figure', { name: 'Venn diagram' }) },
  { name: 'table', content: (page) => page.getByRole('table', { name: 'Actions' }) },
  {
    name: 'explanation',
    show: async (page) => {
      await page.evaluate(() => window.playground?.selectAction('s3:ListAllMyBuckets'));
      await expect(page.getByTestId('explanation')).toBeVisible();
    },
    content: (page) => page.getByTestId('explanation'),
  },
  {
    name: 'simulator',
    show: (page) => page.keyboard.press('Alt+2'),
    content: (page) => page.getByTestId('simulator'),
  },
  {
    name: 'effective',
    show: (page) => page.keyboard.press('Alt+3'),
    content: (page) => page.getByTestId('effective-policy'),
  },
];

test.describe('a failing panel shows its error and keeps the rest alive', () => {
  test('the results panel, in detail: editors keep their text and keep working', async ({
    page,
    problems,
  }) => {
    await openPlayground(page);
    await waitForEditors(page, 2);
    await breakPanel(page, 'results');
    const error = page.getByTestId('panel-error.results');
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText('The results failed to show');
    await expect(error).toContainText(
      'Injected fault: the results panel was broken on purpose by the test API',
    );
    await expect(page.getByRole('figure', { name: 'Venn diagram' })).toHaveCount(0);

    // The editors still show the documents and take typing.
    const boundary = page.getByTestId('pane.other');
    await expect(boundary.locator('.view-lines')).toContainText('"Action": "ec2:*"');
    await boundary.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // Monaco closes the brace itself and types over the closing one.
    await page.keyboard.type('{}');
    await expect.poll(() => page.evaluate(() => window.playground?.getPolicyText('boundary'))).toBe('{}');

    await error.getByRole('button', { name: 'Try again' }).click();
    await expect(error).toBeHidden();
    await expect(
      page.getByRole('figure', { name: 'Venn diagram' }).getByTestId('venn.effectiveAllowed'),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Actions' }).getByRole('row').nth(1)).toBeVisible();
    takeFaultReports(problems, 'results');
  });

  for (const panel of PANELS) {
    test(`${panel.name}`, async ({ page, problems }) => {
      await openPlayground(page);
      await waitForEditors(page, 2);
      await panel.show?.(page);
      await expect(panel.content(page)).toBeVisible();
      await breakPanel(page, panel.name);
      const error = page.getByTestId(`panel-error.${panel.name}`);
      await expect(error).toBeVisible();
      await expect(error).toContainText(`the ${panel.name} panel was broken on purpose`);
      await expectRestAlive(page);

      await error.getByRole('button', { name: 'Try again' }).click();
      await expect(error).toBeHidden();
      // Escape (which closed Help) also closes the explanation: bring the panel back on screen.
      await panel.show?.(page);
      await expect(panel.content(page)).toBeVisible();
      // The edit made while the panel was down is there once it is back.
      if (panel.name === 'editors' || panel.name === 'other-pane')
        await expect(page.getByTestId('pane.other').locator('.view-lines')).toContainText('"s3:*"');
      takeFaultReports(problems, panel.name);
    });
  }

  test('an unknown panel name is refused with the list of names', async ({ page }) => {
    await openPlayground(page);
    const message = await page.evaluate(() => {
      try {
        window.playground?.testing.breakPanel('nonsense' as never);
        return 'accepted';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    });
    expect(message).toMatch(/^Unknown panel "nonsense"; one of: editors, /);
  });
});

interface DialogCase {
  readonly name: PanelName;
  readonly title: string;
  readonly open: (page: Page) => Promise<void>;
}

const DIALOGS: readonly DialogCase[] = [
  { name: 'help', title: 'Help', open: (page) => page.getByRole('button', { name: 'Help' }).click() },
  {
    name: 'gallery',
    title: 'Examples',
    open: (page) => page.getByRole('button', { name: 'Examples' }).click(),
  },
  {
    name: 'managed',
    title: 'AWS managed policies',
    open: (page) => page.getByRole('button', { name: 'AWS managed policies' }).click(),
  },
  {
    name: 'import',
    title: 'Import from AWS',
    open: (page) => page.getByRole('button', { name: 'Import' }).click(),
  },
  { name: 'export', title: 'Export', open: (page) => page.getByRole('button', { name: 'Export' }).click() },
  {
    name: 'compare',
    title: 'Compare with…',
    open: (page) => page.getByRole('button', { name: 'Compare with…' }).click(),
  },
];

test.describe('a failing dialog shows its error in a dialog', () => {
  for (const dialog of DIALOGS) {
    test(`${dialog.name}`, async ({ page, problems }) => {
      await openPlayground(page);
      await dialog.open(page);
      const shown = page.getByRole('dialog', { name: dialog.title, exact: true });
      await expect(shown).toBeVisible();
      await breakPanel(page, dialog.name);
      const failed = page.getByRole('alertdialog', { name: `${dialog.title} failed to show` });
      await expect(failed).toBeVisible();
      await expect(failed).toContainText(`the ${dialog.name} panel was broken on purpose`);
      await expect(page.getByRole('figure', { name: 'Venn diagram' })).toBeAttached();

      await failed.getByRole('button', { name: 'Try again' }).click();
      await expect(failed).toBeHidden();
      await expect(shown).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(shown).toBeHidden();
      takeFaultReports(problems, dialog.name);
    });
  }

  test('Close dismisses the failed dialog and the app goes on', async ({ page, problems }) => {
    await openPlayground(page);
    await page.getByRole('button', { name: 'Export' }).click();
    await breakPanel(page, 'export');
    const failed = page.getByRole('alertdialog', { name: 'Export failed to show' });
    await failed.getByRole('button', { name: 'Close' }).click();
    await expect(failed).toBeHidden();
    await expectRestAlive(page);
    takeFaultReports(problems, 'export');
  });
});
