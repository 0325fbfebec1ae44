/** Import of real AWS CLI output and export of the scenario (JSON file, CLI commands, simulate command). */
import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { evaluateScenario } from '../src/engine';
import { checkA11y, expect, test, waitForEditors } from './fixtures';
import { openPlayground } from './pages';

const FIXTURE = new URL('../src/import/fixtures/account-authorization-details.json', import.meta.url);
const ROLE_ARN = 'arn:aws:iam::111122223333:role/service/app/orders-processor';
const BOUNDARY_ARN = 'arn:aws:iam::111122223333:policy/boundaries/DeveloperBoundary';

interface PolicyVersion {
  Document: string | object;
  IsDefaultVersion: boolean;
}

/** The default version's document of a customer managed policy in the fixture, as an object. */
async function fixtureDocument(arn: string): Promise<unknown> {
  const details = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    Policies: { Arn: string; PolicyVersionList: PolicyVersion[] }[];
  };
  const version = details.Policies.find((p) => p.Arn === arn)?.PolicyVersionList.find(
    (v) => v.IsDefaultVersion,
  );
  const document = version?.Document;
  return typeof document === 'string' ? JSON.parse(decodeURIComponent(document)) : document;
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from AWS' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('import', () => {
  test('account authorization details: pick a role with a boundary and open it as the scenario', async ({
    page,
  }) => {
    await openPlayground(page);
    const dialog = await openImport(page);
    await dialog.getByLabel('AWS CLI JSON output').fill(await readFile(FIXTURE, 'utf8'));
    await expect(dialog.getByTestId('import-status')).toContainText(
      'get-account-authorization-details output: 2 users, 2 groups, 3 roles',
    );
    await dialog.getByLabel('User or role').selectOption(ROLE_ARN);
    const preview = dialog.getByTestId('import-preview');
    await expect(preview).toContainText('assumed-role/orders-processor/ImportedSession');
    await expect(preview).toContainText('AWSLambdaBasicExecutionRole (AWS managed)');
    await expect(preview).toContainText('DeveloperBoundary');
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Open as scenario' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('tab', { name: /OrdersQueueAndTable/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('tab', { name: /AWSLambdaBasicExecutionRole/ })).toBeVisible();
    await expect(page.getByRole('tab', { name: /DeveloperBoundary/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('tab', { name: /ec2-boundary|AdministratorAccess/ })).toHaveCount(0);
    await expect(page.getByTestId('principal').getByRole('combobox').first()).toHaveValue(
      'arn:aws:sts::111122223333:assumed-role/orders-processor/ImportedSession',
    );
    const boundaryText = await page.evaluate(() => window.playground?.getPolicyText('boundary'));
    expect(JSON.parse(boundaryText ?? 'null')).toEqual(await fixtureDocument(BOUNDARY_ARN));
    // The editors show the documents: the boundary's Sid is on screen in the right pane.
    await waitForEditors(page, 2);
    await expect(page.locator('.monaco-editor .view-lines').nth(1)).toContainText('DeveloperServices');
    await expect(page.locator('.monaco-editor .view-lines').nth(0)).toContainText('sqs:ReceiveMessage');
  });

  test('a wrong document is rejected with a message naming what is missing', async ({ page }) => {
    await openPlayground(page);
    const dialog = await openImport(page);
    const text = dialog.getByLabel('AWS CLI JSON output');
    await text.fill('{"RoleDetailList": [{"RoleName": "orders"}]}');
    await expect(dialog.getByRole('alert')).toHaveText(
      'This looks like get-account-authorization-details output but RoleDetailList[0] has no Arn.',
    );
    await checkA11y(page);
    await text.fill('{"Users": []}');
    await expect(dialog.getByRole('alert')).toContainText(
      'Expected a policy document (with Statement) or the output of aws iam get-account-authorization-details',
    );
    await text.fill('{ "Statement": ');
    await expect(dialog.getByRole('alert')).toContainText('not valid JSON');
    await expect(dialog.getByRole('button', { name: 'Open as scenario' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tab', { name: /ec2-boundary/ })).toBeVisible();
  });

  test('a pasted policy document can be added as an identity policy', async ({ page }) => {
    await openPlayground(page);
    const dialog = await openImport(page);
    const policy =
      '{"Id": "pasted-policy", "Statement": [{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]}';
    await dialog.getByLabel('AWS CLI JSON output').fill(policy);
    await expect(dialog.getByTestId('import-status')).toContainText(
      'Detected a policy document (pasted-policy)',
    );
    await dialog.getByRole('button', { name: 'Add as identity policy' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: /pasted-policy/ })).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('export', () => {
  test('the downloaded scenario.json is a valid scenario the engine evaluates like the app', async ({
    page,
  }) => {
    await openPlayground(page);
    const dialog = await openExport(page);
    await checkA11y(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download scenario.json' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('scenario.json');
    const text = await readFile(await download.path(), 'utf8');
    const evaluation = evaluateScenario(text);
    expect(evaluation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(evaluation.results).toHaveLength(1);
    expect(evaluation.results[0]).toMatchObject({
      action: 's3:ListAllMyBuckets',
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
    });
    await expect(dialog.getByTestId('export-text')).toHaveText(text);
  });

  test('the CLI commands create the role with its boundary and attach AdministratorAccess', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPlayground(page);
    const dialog = await openExport(page);
    await dialog.getByRole('tab', { name: 'AWS CLI commands' }).click();
    const commands = dialog.getByTestId('export-panel.cli').getByTestId('export-text');
    await expect(commands).toContainText('aws iam create-role');
    await expect(commands).toContainText('--permissions-boundary');
    await expect(commands).toContainText('aws iam attach-role-policy');
    await expect(commands).toContainText('arn:aws:iam::aws:policy/AdministratorAccess');
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await commands.textContent());
  });

  test("the simulate command is the simulator's current request", async ({ page }) => {
    await openPlayground(page);
    let dialog = await openExport(page);
    await dialog.getByRole('tab', { name: 'Simulate request' }).click();
    const command = dialog.getByTestId('export-panel.simulate').getByTestId('export-text');
    await expect(command).toContainText('aws iam simulate-custom-policy');
    await expect(command).toContainText('s3:ListAllMyBuckets');
    await expect(command).toContainText('--permissions-boundary-policy-input-list');
    await checkA11y(page);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.playground?.setRequest({ action: 'ec2:DescribeInstances' }));
    dialog = await openExport(page);
    await dialog.getByRole('tab', { name: 'Scenario JSON' }).press('ArrowLeft');
    await expect(dialog.getByRole('tab', { name: 'Simulate request' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(dialog.getByTestId('export-text')).toContainText('--action-names=ec2:DescribeInstances');
  });
});
