/** `?embed`: the compact read-only view for documentation iframes. */
import { checkA11y, expect, test } from './fixtures';

test('?embed#example=ec2-boundary shows the scenario, the Venn counts, the decisions and a link', async ({
  page,
}) => {
  await page.goto('/?embed#example=ec2-boundary');
  const venn = page.getByRole('figure', { name: 'Venn diagram' });
  await expect(venn.getByTestId('venn.effectiveAllowed')).toBeVisible();
  expect(
    Number(
      (await venn.getByTestId('venn.effectiveAllowed').locator('.legend-count').innerText()).replace(
        /,/g,
        '',
      ),
    ),
  ).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: /Permissions boundary: ec2-boundary/ })).toContainText(
    'ec2:*',
  );
  await expect(page.getByTestId('embed.request.0').getByTestId('embed.decision')).toHaveText('Allowed');
  await expect(page.getByTestId('embed.request.1').getByTestId('embed.decision')).toHaveText(
    'Implicitly denied',
  );
  // Read-only: no editors, no sharing controls.
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  const open = page.getByRole('link', { name: 'Open in IAM Policy Playground' });
  const href = await open.getAttribute('href');
  expect(href?.startsWith(`${new URL(page.url()).origin}/#s=1.`)).toBe(true);
  await checkA11y(page);
  // The link opens the same scenario (with both requests) in the full app.
  await page.goto(href ?? '/');
  await expect(page.getByRole('button', { name: /Copy link/ })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.playground?.sharedState().requests.map((r) => r.action)))
    .toEqual(['ec2:DescribeInstances', 's3:ListAllMyBuckets']);
});
