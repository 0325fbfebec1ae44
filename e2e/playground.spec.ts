import { DEFAULT_SHARED_STATE, encodePermalink } from '../src/permalink';
import { checkA11y, expect, test, waitForEditors } from './fixtures';
import { EXAMPLE_MESSAGE, openPlayground, tableCount, vennCount } from './pages';

test.describe('the Venn view and the table on the example scenario', () => {
  test('the effective set is exactly the ec2 actions; the rest is cut by the boundary', async ({ page }) => {
    await openPlayground(page);
    const figure = page.getByRole('figure', { name: 'Venn diagram' });
    await expect(figure).toContainText('Permissions boundary');
    // Count the catalog's ec2 actions through the table's own service filter.
    await page.getByLabel('Service').selectOption('ec2');
    const ec2 = await tableCount(page);
    expect(ec2).toBeGreaterThan(500);
    await page.getByLabel('Service').selectOption('');
    const total = Number(
      / of ([\d,]+)/.exec(await page.getByTestId('table.count').innerText())?.[1]?.replace(/,/g, ''),
    );
    expect(await vennCount(page, 'effectiveAllowed')).toBe(ec2);
    expect(await vennCount(page, 'effectiveConditional')).toBe(0);
    expect(await vennCount(page, 'alwaysAllowed')).toBe(1);
    expect(await vennCount(page, 'identityOnly')).toBe(total - ec2 - 1);
    expect(await vennCount(page, 'boundaryOnly')).toBe(0);
    expect(await vennCount(page, 'explicitDeny')).toBe(0);
    await checkA11y(page);
  });

  test('clicking a region filters the table to it, and the legend is reachable by keyboard', async ({
    page,
  }) => {
    await openPlayground(page);
    // Row by row: the flat list, not the per-service summary.
    await page.getByTestId('table.view.actions').click();
    const cut = page.getByTestId('venn.identityOnly');
    await cut.focus();
    await page.keyboard.press('Enter');
    await expect(cut).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => tableCount(page)).toBe(await vennCount(page, 'identityOnly'));
    await page.getByTestId('venn.effectiveAllowed').click();
    await expect.poll(() => tableCount(page)).toBe(await vennCount(page, 'effectiveAllowed'));
    const firstAction = page
      .getByRole('table', { name: 'Actions' })
      .getByRole('row')
      .nth(1)
      .getByRole('cell')
      .first();
    await expect(firstAction).toHaveText(/^ec2:/);
  });

  test('filtered to s3:*, every S3 action is denied by the boundary', async ({ page }) => {
    await openPlayground(page);
    // Row by row: the flat list, not the per-service summary.
    await page.getByTestId('table.view.actions').click();
    await page.getByTestId('table.search').fill('s3:*');
    const s3 = await tableCount(page);
    expect(s3).toBeGreaterThan(50);
    await page.getByTestId('table.region').selectOption('identityOnly');
    await expect.poll(() => tableCount(page)).toBe(s3);
    const rows = page.getByRole('table', { name: 'Actions' }).getByRole('row');
    await expect(rows.nth(1).getByRole('cell').nth(4)).toHaveText('Denied');
    await expect(rows.nth(1).getByRole('cell').nth(5)).toHaveText('No permissions boundary allows it');
  });

  test('sorting by the effective column brings the allowed actions first', async ({ page }) => {
    await openPlayground(page);
    // Row by row: the flat list, not the per-service summary.
    await page.getByTestId('table.view.actions').click();
    await page.getByRole('columnheader', { name: 'Effective' }).getByRole('button').click();
    await page.getByRole('columnheader', { name: 'Effective' }).getByRole('button').click();
    await expect(page.getByRole('columnheader', { name: 'Effective' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const first = page.getByRole('table', { name: 'Actions' }).getByRole('row').nth(1);
    await expect(first.getByRole('cell').nth(4)).toHaveText('Allowed');
  });
});

test.describe('explanations', () => {
  test('selecting s3:ListAllMyBuckets explains the boundary denial and highlights the statements', async ({
    page,
  }) => {
    await openPlayground(page);
    await waitForEditors(page, 2);
    await page.getByTestId('table.search').fill('s3:ListAllMyBuckets');
    await page.getByRole('button', { name: 's3:ListAllMyBuckets', exact: true }).click();
    const panel = page.getByTestId('explanation');
    await expect(panel.getByTestId('explanation.message')).toHaveText(EXAMPLE_MESSAGE);
    await expect(panel).toContainText('the permissions boundary does not');
    await expect(panel.locator('.trace-statement.is-match')).toContainText('statement 1');
    await expect(panel.locator('.trace-statement.is-miss')).toContainText('AllowEC2Only');
    await expect(panel.locator('.trace-statement.is-miss')).toContainText('not listed');
    // The AdministratorAccess statement is highlighted as matching, the boundary's as not.
    await expect(page.getByTestId('pane.identity').locator('.statement-match').first()).toBeAttached();
    await expect(page.getByTestId('pane.other').locator('.statement-miss').first()).toBeAttached();
    await checkA11y(page);
  });
});

test.describe('a conditional action', () => {
  test('its explanation shows a request inside its scope that is allowed', async ({ page }) => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::reports/*',
          Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
        },
      ],
    });
    const state = {
      ...DEFAULT_SHARED_STATE,
      identityPolicies: [{ name: 'reports', text: policy }],
      permissionsBoundary: null,
    };
    await openPlayground(page, `/#${encodePermalink(state)}`);
    await page.getByTestId('table.search').fill('s3:GetObject');
    await page.getByRole('button', { name: 's3:GetObject', exact: true }).click();
    const panel = page.getByTestId('explanation');
    await expect(panel).toContainText('Allowed when resource matches arn:aws:s3:::reports/*');
    // Not an unrelated ARN with no context, denied: a resource in the scope, allowed.
    await expect(panel.getByRole('heading', { name: /^A request on / })).toHaveText(
      'A request on arn:aws:s3:::reports/example',
    );
    await expect(panel.locator('.decision-Allowed')).toHaveText('Allowed');
    await expect(panel.locator('.trace-statement.is-miss')).toHaveCount(0);
    await expect(panel.getByTestId('explanation.message')).toHaveCount(0);
    // The context its condition needs, and one click to simulate exactly that request.
    await expect(panel.getByTestId('explanation.sample')).toContainText('aws:PrincipalTag/team');
    await panel.getByRole('button', { name: 'Simulate with this context' }).click();
    await expect(page.getByTestId('sim.action')).toHaveValue('s3:GetObject');
    await expect(page.getByTestId('sim.decision')).toHaveText('Allowed');
  });
});

test.describe('the request simulator', () => {
  test('prints the AWS message for s3:ListAllMyBuckets, character for character', async ({ page }) => {
    await openPlayground(page);
    await page.getByTestId('view.simulator').click();
    const action = page.getByLabel('Action', { exact: true });
    await action.fill('s3:ListAllMyBuckets');
    await expect(page.getByTestId('sim.decision')).toContainText('Implicitly denied');
    await expect(page.getByTestId('sim.message')).toHaveText(EXAMPLE_MESSAGE);
    await action.fill('ec2:DescribeInstances');
    await expect(page.getByTestId('sim.decision')).toHaveText('Allowed');
    await expect(page.getByTestId('sim.message')).toHaveCount(0);
    await checkA11y(page);
  });

  test('names the context keys the policies test and lets you add them', async ({ page }) => {
    await openPlayground(page);
    await page.evaluate(() =>
      window.playground?.setPolicyText(
        'boundary',
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 's3:*',
              Resource: '*',
              Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
            },
          ],
        }),
      ),
    );
    await page.getByTestId('view.simulator').click();
    await page.getByLabel('Action', { exact: true }).fill('s3:ListAllMyBuckets');
    await expect(page.getByTestId('sim.decision')).toContainText('Implicitly denied');
    await page.getByRole('button', { name: '+ aws:multifactorauthpresent' }).click();
    await page.getByLabel(/Values of aws:multifactorauthpresent/).fill('true');
    await expect(page.getByTestId('sim.decision')).toHaveText('Allowed');
  });
});

test.describe('the effective policy', () => {
  test('is Allow ec2:* on * for the example', async ({ page }) => {
    await openPlayground(page);
    await page.getByTestId('view.effective').click();
    const view = page.getByRole('region', { name: 'Effective policy' });
    await expect(view.locator('.view-lines')).toContainText('"Action": "ec2:*"');
    const text = await page.evaluate(() => window.playground?.results()?.effectivePolicy ?? '');
    expect(JSON.parse(text)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    });
  });
});
