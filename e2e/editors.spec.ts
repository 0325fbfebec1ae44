import { checkA11y, expect, test, waitForEditors } from './fixtures';
import { openPlayground, vennCount } from './pages';

test.describe('editors for every policy type', () => {
  test('identity policies can be added, renamed and removed', async ({ page }) => {
    await openPlayground(page);
    const pane = page.getByTestId('pane.identity');
    await pane.getByRole('button', { name: '+ Identity policy' }).click();
    const tabs = pane.getByRole('tab');
    await expect(tabs).toHaveCount(2);
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    const name = pane.getByLabel('Name');
    await name.fill('s3-readers');
    await name.press('Enter');
    await expect(tabs.nth(1)).toContainText('s3-readers');
    await pane.getByRole('button', { name: 'Remove' }).click();
    await expect(tabs).toHaveCount(1);
    await checkA11y(page);
  });

  test('the boundary switches off and on without losing its text', async ({ page }) => {
    await openPlayground(page);
    const pane = page.getByTestId('pane.other');
    const cut = await vennCount(page, 'identityOnly');
    expect(cut).toBeGreaterThan(0);
    await pane.getByLabel(/Boundary on/).uncheck();
    await expect(page.getByRole('figure', { name: 'Venn diagram' })).toContainText('No permissions boundary');
    // Without a boundary there is no boundary region to count at all.
    await expect(page.getByTestId('venn.identityOnly')).toHaveCount(0);
    expect(await page.evaluate(() => window.playground?.getPolicyText('boundary'))).toContain('ec2:*');
    await pane.getByLabel(/Boundary off/).check();
    await expect.poll(() => vennCount(page, 'identityOnly')).toBe(cut);
  });

  test('"Add policy type" adds a session policy, a resource policy with its kind, and SCP levels', async ({
    page,
  }) => {
    await openPlayground(page);
    const pane = page.getByTestId('pane.other');
    const add = async (label: string) => {
      await pane.getByRole('button', { name: 'Add policy type' }).click();
      await page.getByRole('menuitem', { name: new RegExp(label) }).click();
    };
    await add('Session policy');
    await expect(pane.getByRole('heading', { name: 'Session policy' })).toBeVisible();
    await add('Resource-based policy');
    await pane.getByLabel('Kind').selectOption('kms-key');
    await expect(pane.getByRole('heading', { name: 'KMS key policy' })).toBeVisible();
    await add('SCP level');
    await add('SCP level');
    await expect(pane.getByRole('tab', { name: /SCP · Root/ })).toBeVisible();
    await expect(pane.getByRole('tab', { name: /SCP · OU/ })).toBeVisible();
    // A new SCP level starts with FullAWSAccess, so nothing changes until it is edited.
    await expect(page.getByRole('columnheader', { name: 'SCP Root' })).toBeVisible();
    await checkA11y(page);
  });

  test('engine diagnostics appear as markers, and the problems list jumps to them', async ({ page }) => {
    await openPlayground(page);
    await waitForEditors(page, 2);
    await page.evaluate(() =>
      window.playground?.setPolicyText(
        'boundary',
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "s3:GetObjekt",\n      "Resource": "*"\n    }\n  ]\n}\n',
      ),
    );
    const problems = page.getByRole('region', { name: 'Problems in Permissions boundary' });
    const problem = problems.getByRole('button', { name: /s3:GetObject/ });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('IAM · 6:');
    await expect(page.getByTestId('pane.other').locator('.squiggly-warning').first()).toBeAttached();
    await problem.click();
    await expect(page.getByTestId('pane.other').locator('.monaco-editor')).toHaveClass(/focused/);
    // The quick fix replaces the misspelt action.
    await page.keyboard.press('ControlOrMeta+.');
    await page.getByText("Replace with 's3:GetObject'").click();
    await expect
      .poll(() => page.evaluate(() => window.playground?.getPolicyText('boundary')))
      .toContain('"s3:GetObject"');
  });

  test('typing: completion offers actions of a service with their access level', async ({ page }) => {
    await openPlayground(page);
    await waitForEditors(page, 2);
    await page.evaluate(() =>
      window.playground?.setPolicyText(
        'boundary',
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "",\n      "Resource": "*"\n    }\n  ]\n}\n',
      ),
    );
    const editor = page.getByTestId('pane.other').locator('.monaco-editor');
    // Put the cursor between the quotes of "Action": "" (line 6) and type.
    await editor.locator('.view-line').nth(5).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('s3:GetObj');
    await page.keyboard.press('ControlOrMeta+Space');
    const suggest = page.locator('.suggest-widget');
    await expect(suggest).toContainText('s3:GetObject');
    await page.keyboard.press('Escape');
  });

  test('Format Document reformats the policy', async ({ page }) => {
    await openPlayground(page);
    await waitForEditors(page, 2);
    await page.evaluate(() =>
      window.playground?.setPolicyText(
        'boundary',
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}',
      ),
    );
    await page.getByTestId('pane.other').locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Shift+Alt+F');
    await expect
      .poll(() => page.evaluate(() => window.playground?.getPolicyText('boundary')))
      .toContain('\n  "Statement": [');
  });
});
