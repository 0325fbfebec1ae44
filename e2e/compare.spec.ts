import { checkA11y, expect, test } from './fixtures';
import { copyLink, openPlayground, tableCount, vennCount } from './pages';

const WITH_S3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowEC2Only', Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
    { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
  ],
});

test('compared with the example, adding s3:ListAllMyBuckets to the boundary gains exactly that action', async ({
  page,
}) => {
  await openPlayground(page);
  await page.evaluate((text) => window.playground?.setPolicyText('boundary', text), WITH_S3);
  await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'current');
  // The edit itself: the table's "Your last edit" bar counts the one gained action.
  await expect(page.getByTestId('changes.lastEdit')).toContainText('+1 gained');

  await page.getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await dialog.getByLabel('An example').check();
  await dialog
    .getByLabel('Example', { exact: true })
    .selectOption({ label: 'AdministratorAccess inside an EC2-only boundary' });
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await expect(dialog).toBeHidden();

  const bar = page.getByTestId('changes.baseline');
  await expect(bar).toContainText('+1 gained');
  await expect(bar).toContainText('−0 lost');
  await expect(bar).toContainText('~0 changed');
  await bar.getByText('By access level').click();
  await expect(bar.locator('[data-level]')).toHaveText(['List: +1 −0 ~0']);
  await bar.getByRole('button', { name: 'Show only these' }).click();
  const table = page.getByRole('table', { name: 'Actions' });
  // The picture counts the changed actions only: one, now allowed.
  await expect(page.getByTestId('venn.changed')).toBeVisible();
  await expect.poll(() => vennCount(page, 'effectiveAllowed')).toBe(1);
  // Per service: s3 is the one service with a change, one action gained.
  await expect(table.locator('.service-row')).toHaveCount(1);
  await expect(page.getByTestId('table.service.s3').locator('[data-change="gained"]')).toHaveText(
    '+1 gained',
  );
  await page.getByTestId('table.view.actions').click();
  const rows = table.locator('[data-change]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-change', 'gained');
  await expect(rows.first().getByRole('button')).toHaveText('s3:ListAllMyBuckets');
  // Its explanation gives both sides: denied by the boundary in the baseline, allowed now.
  await rows.first().getByRole('button').click();
  await expect(page.getByTestId('explanation.baseline')).toContainText(
    'Denied (No permissions boundary allows it) → now Allowed',
  );

  // The comparison travels in the link: another page opens comparing with the same baseline.
  const link = await copyLink(page);
  const other = await page.context().newPage();
  await openPlayground(other, link.slice(link.indexOf('/#')));
  await expect(other.getByTestId('changes.baseline')).toContainText('+1 gained');
  await other.close();

  // Stopping the comparison drops its filter: the whole table is back.
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page.getByTestId('changes.baseline')).toHaveCount(0);
  await expect.poll(() => tableCount(page)).toBeGreaterThan(20_000);
});

test('a damaged link as a baseline says why, and nothing is compared', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await dialog.getByLabel('A link').check();
  await dialog.getByLabel('Link', { exact: true }).fill('#s=1.AAAAbroken');
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/damaged|link/i);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('comparison')).toHaveCount(0);
});
