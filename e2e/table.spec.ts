import { checkA11y, expect, test } from './fixtures';
import { copyLink, openPlayground } from './pages';

test('the table opens on the per-service summary, ec2 first; a service opens to its actions', async ({
  page,
}) => {
  await openPlayground(page);
  const table = page.getByRole('table', { name: 'Actions' });
  const services = table.locator('.service-row');
  await expect(services.first()).toHaveAttribute('data-testid', 'table.service.ec2');
  await expect(services.first()).toContainText(/allowed/);
  // s3 is cut by the boundary: its line says how many, and opening it lists s3:ListAllMyBuckets.
  const s3 = page.getByTestId('table.service.s3');
  await s3.scrollIntoViewIfNeeded();
  await expect(s3).toContainText('cut by boundary');
  await s3.getByRole('button').click();
  await expect(s3.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  // Its actions follow its line, in catalog order.
  const next = table.locator('[data-testid="table.service.s3"] + [role="row"]');
  await expect(next.getByRole('button')).toHaveText(/^s3:/);
  await checkA11y(page);
});

test('a search opens the services it matches; the flat list is one click away and travels in the link', async ({
  page,
}) => {
  await openPlayground(page);
  await page.getByTestId('table.search').fill('s3:ListAllMy*');
  const table = page.getByRole('table', { name: 'Actions' });
  await expect(table.locator('.service-row')).toHaveCount(1);
  await expect(table.getByRole('button', { name: 's3:ListAllMyBuckets', exact: true })).toBeVisible();
  await page.getByTestId('table.search').fill('');
  await page.getByTestId('table.view.actions').click();
  await expect(table.locator('.service-row')).toHaveCount(0);
  // The flat list starts with the catalog's first action, not a service line.
  await expect(table.getByRole('row').nth(1).getByRole('button')).toHaveText(/^a[\w-]*:/);
  const link = await copyLink(page);
  const other = await page.context().newPage();
  await openPlayground(other, link.slice(link.indexOf('/#')));
  await expect(other.getByTestId('table.view.actions')).toHaveAttribute('aria-pressed', 'true');
});
