import { initialScriptPaths, MONACO_SIGNATURE } from '../scripts/lib/initialChunks';
import { checkA11y, expect, test, waitForEditors } from './fixtures';

test.describe('the shell', () => {
  test('loads the example scenario into both editors', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('IAM Policy Playground');
    const identity = page.getByRole('region', { name: 'Identity policy', exact: true });
    const boundary = page.getByRole('region', { name: 'Permissions boundary', exact: true });
    await expect(identity).toBeVisible();
    await expect(boundary).toBeVisible();
    await waitForEditors(page, 2);
    await expect(identity.locator('.view-lines')).toContainText('"Action": "*"');
    await expect(boundary.locator('.view-lines')).toContainText('"Action": "ec2:*"');
    await expect(identity.getByText('AdministratorAccess')).toBeVisible();
    await expect(boundary.getByText('ec2-boundary')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Identity policy\./ })).toBeAttached();
    await expect(page.getByRole('textbox', { name: /^Permissions boundary\./ })).toBeAttached();
    await checkA11y(page);
  });

  test('loads Monaco lazily: the initial scripts hold no Monaco code', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    const initial = initialScriptPaths(html);
    expect(initial.length).toBeGreaterThan(0);
    for (const path of initial) {
      expect(await (await request.get(path)).text(), path).not.toContain(MONACO_SIGNATURE);
    }
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/');
    await waitForEditors(page, 2);
    // Monaco arrived in a chunk that index.html does not name.
    expect(scripts.some((p) => !initial.includes(p))).toBe(true);
  });

  test('shows a problem in the editor for an invalid document', async ({ page }) => {
    await page.goto('/');
    await waitForEditors(page, 2);
    await page.evaluate(() =>
      window.playground?.setPolicyText(
        'boundary',
        '{"Version": "2012-10-17", "Statement": [{"Effect": "allow"}]}',
      ),
    );
    const boundary = page.getByRole('region', { name: 'Permissions boundary', exact: true });
    await expect(boundary.locator('.squiggly-error').first()).toBeAttached();
    await expect(page.getByRole('region', { name: 'Problems in Permissions boundary' })).toContainText(
      'Value is not accepted',
    );
    await checkA11y(page);
  });

  test('typing into the editor updates the document', async ({ page }) => {
    await page.goto('/');
    await waitForEditors(page, 2);
    const boundary = page.getByRole('region', { name: 'Permissions boundary', exact: true });
    await boundary.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{"Version": "2099-01-01", "Statement": []}');
    await expect
      .poll(() => page.evaluate(() => window.playground?.getPolicyText('boundary')))
      .toBe('{"Version": "2099-01-01", "Statement": []}');
    await expect(page.getByRole('region', { name: 'Problems in Permissions boundary' })).toContainText(
      'Value is not accepted',
    );
  });
});
