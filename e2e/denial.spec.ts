/** From "denied" to the fix in the simulator: paste AWS's message, compare, apply a verified fix. */
import type { Page } from '@playwright/test';

import { checkA11y, expect, test } from './fixtures';
import { EXAMPLE_MESSAGE, openPlayground, settle } from './pages';

/** A CloudTrail event of the example's denied call, as the example's session would log it. */
const EXAMPLE_EVENT = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole',
    arn: 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
    accountId: '123456789876',
    sessionContext: {
      sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::123456789876:role/demo-restricted-admin' },
    },
  },
  eventTime: '2024-10-01T12:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'ListBuckets',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '203.0.113.7',
  errorCode: 'AccessDenied',
  errorMessage: EXAMPLE_MESSAGE,
};

/** Opens the example's simulator and its paste form; the suite's requests and how many there were. */
async function openPasteForm(page: Page) {
  await openPlayground(page);
  await page.getByTestId('view.simulator').click();
  // The simulator's code loads when first shown: count its requests once it is there.
  await expect(page.getByTestId('suite').getByRole('option').first()).toBeVisible();
  const rows = page.getByTestId('suite').getByRole('option');
  const before = await rows.count();
  await page.getByRole('button', { name: 'Paste an AccessDenied message' }).click();
  return { rows, before };
}

test('a pasted AccessDenied message becomes a request, agrees with AWS, and its fix allows it', async ({
  page,
}) => {
  const { rows, before } = await openPasteForm(page);
  await page.getByLabel('AccessDenied message or CloudTrail event (JSON)').fill(EXAMPLE_MESSAGE);
  await page.getByRole('button', { name: 'Add the request' }).click();

  await expect(rows).toHaveCount(before + 1);
  await expect(page.getByTestId('sim.action')).toHaveValue('s3:ListAllMyBuckets');
  await expect(page.getByTestId('suite').getByRole('option', { selected: true })).toContainText(
    's3:ListAllMyBuckets',
  );
  await settle(page);
  await expect(page.getByTestId('sim.decision')).toContainText('Implicitly denied');
  await expect(page.getByTestId('sim.decision')).toContainText('permissions boundary');
  const comparison = page.getByTestId('sim.comparison');
  await expect(comparison).toHaveAttribute('data-agrees', 'true');
  await expect(comparison).toContainText('Agrees with AWS');

  const fix = page
    .getByTestId('fix')
    .filter({ has: page.getByTestId('fix.apply') })
    .first();
  await expect(fix).toHaveAttribute('data-layer', 'boundary');
  await expect(fix).toContainText('"s3:ListAllMyBuckets"');
  await checkA11y(page);
  await fix.getByTestId('fix.apply').click();
  await settle(page);
  await expect(page.getByTestId('sim.decision')).toHaveText('Allowed');
  const boundaryText = () => page.evaluate(() => window.playground?.getPolicyText('boundary') ?? '');
  await expect.poll(boundaryText).toContain('s3:ListAllMyBuckets');

  await page.getByTestId('view.table').click();
  const bar = page.getByTestId('changes.lastEdit');
  await expect(bar.locator('[data-kind="gained"]')).not.toHaveText('+0 gained');
  await bar.getByRole('button', { name: 'Show only these' }).click();
  await expect(
    page.getByRole('table', { name: 'Actions' }).getByRole('row').filter({ hasText: 's3:ListAllMyBuckets' }),
  ).toBeVisible();
});

test('a malformed paste gives a one-line reason and keeps the text', async ({ page }) => {
  const { rows, before } = await openPasteForm(page);
  const box = page.getByLabel('AccessDenied message or CloudTrail event (JSON)');
  await box.fill('{ "errorCode": "AccessDenied", ');
  await page.getByRole('button', { name: 'Add the request' }).click();
  const reason = page.getByTestId('paste.reason');
  await expect(reason).toBeVisible();
  expect((await reason.innerText()).split('\n')).toHaveLength(1);
  await expect(box).toHaveValue('{ "errorCode": "AccessDenied", ');
  await expect(rows).toHaveCount(before);
  await checkA11y(page);
});

test('a pasted CloudTrail event fills the context keys it records', async ({ page }) => {
  await openPasteForm(page);
  await page
    .getByLabel('AccessDenied message or CloudTrail event (JSON)')
    .fill(JSON.stringify(EXAMPLE_EVENT, null, 2));
  await page.getByRole('button', { name: 'Add the request' }).click();
  await expect(page.getByTestId('sim.action')).toHaveValue('s3:ListAllMyBuckets');
  await expect(page.getByRole('textbox', { name: 'Values of aws:SourceIp (comma-separated)' })).toHaveValue(
    '203.0.113.7',
  );
  await expect(
    page.getByRole('textbox', { name: 'Values of aws:RequestedRegion (comma-separated)' }),
  ).toHaveValue('eu-west-1');
  await settle(page);
  await expect(page.getByTestId('sim.comparison')).toHaveAttribute('data-agrees', 'true');
});

test('an applied fix is one undoable edit of its policy', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('view.simulator').click();
  // The simulator's code loads when first shown: count its requests once it is there.
  await expect(page.getByTestId('suite').getByRole('option').first()).toBeVisible();
  await settle(page);
  await page.getByTestId('fix.apply').first().click();
  await settle(page);
  await expect(page.getByTestId('sim.decision')).toHaveText('Allowed');
  await page.getByTestId('editor.boundary').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+z');
  await settle(page);
  await expect(page.getByTestId('sim.decision')).toContainText('Implicitly denied');
  await expect
    .poll(() => page.evaluate(() => window.playground?.getPolicyText('boundary') ?? ''))
    .not.toContain('s3:ListAllMyBuckets');
});
