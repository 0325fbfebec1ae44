/** The simulator as a request suite: every request of a scenario, its decision, its expectation. */
import { findExample } from '../src/examples';
import { checkA11y, expect, test } from './fixtures';
import { openPlayground, settle } from './pages';

test('the delegated-admin example lists every request with its decision, all as expected', async ({
  page,
}) => {
  const example = findExample('delegated-admin');
  if (!example) throw new Error('missing example');
  await openPlayground(page, '/#example=delegated-admin');
  await page.getByTestId('view.simulator').click();
  const rows = page.getByTestId('suite').getByRole('option');
  await expect(rows).toHaveCount(example.expectations.length);
  const chips = { Allowed: 'Allowed', ExplicitDeny: 'Explicit deny', ImplicitDeny: 'Implicit deny' };
  for (const [i, expectation] of example.expectations.entries()) {
    const row = page.getByTestId(`suite.row.${i}`);
    await expect(row).toContainText(expectation.request.action);
    await expect(row.getByTestId('suite.decision')).toHaveText(chips[expectation.decision]);
    await expect(row.getByTestId('suite.expectation')).toHaveAttribute('data-outcome', 'met');
  }
  const n = example.expectations.length;
  await expect(page.getByTestId('suite.summary')).toHaveText(`${n} of ${n} as expected`);
  await checkA11y(page);
});

test('an expectation that fails shows as failed, and the summary counts it', async ({ page }) => {
  await openPlayground(page, '/#example=ec2-boundary');
  await page.getByTestId('view.simulator').click();
  await page.getByTestId('suite.row.1').click();
  // The example expects s3:ListAllMyBuckets to be denied by the boundary; say it should be allowed.
  await page.getByTestId('sim.expect').selectOption('Allowed');
  await settle(page);
  await expect(page.getByTestId('suite.row.1').getByTestId('suite.expectation')).toHaveAttribute(
    'data-outcome',
    'unmet',
  );
  await expect(page.getByTestId('suite.summary')).toHaveText('1 of 2 as expected');
});

test('requests can be added, duplicated, reordered and removed, and each is evaluated', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('view.simulator').click();
  await page.getByTestId('suite.add').click();
  await page.getByTestId('sim.action').fill('ec2:DescribeInstances');
  await settle(page);
  await expect(page.getByTestId('suite.row.1').getByTestId('suite.decision')).toHaveText('Allowed');
  await page.getByTestId('suite').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('suite').getByRole('option')).toHaveCount(3);
  await page.getByRole('button', { name: 'Move the request up' }).click();
  await page.getByRole('button', { name: 'Move the request up' }).click();
  await settle(page);
  await expect(page.getByTestId('suite.row.0')).toContainText('ec2:DescribeInstances');
  await expect(page.getByTestId('suite.row.0').getByTestId('suite.decision')).toHaveText('Allowed');
  await page.getByRole('button', { name: 'Remove the request' }).click();
  await expect(page.getByTestId('suite').getByRole('option')).toHaveCount(2);
  // Arrow keys move the selection through the list.
  await page.getByTestId('suite').getByRole('listbox').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('suite.row.1')).toHaveAttribute('aria-selected', 'true');
});

test('the example story stays in view and its steps select their requests', async ({ page }) => {
  await openPlayground(page, '/#example=ec2-boundary');
  const story = page.getByTestId('example-story');
  await expect(story).toBeVisible();
  await story.getByTestId('story.step.1').click();
  await expect(page.getByTestId('suite.row.1')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('sim.action')).toHaveValue('s3:ListAllMyBuckets');
  // Opening another scenario closes the story.
  await page.evaluate(() => {
    location.hash = '#s=1.q64FAA';
  });
  await expect(story).toHaveCount(0);
});
