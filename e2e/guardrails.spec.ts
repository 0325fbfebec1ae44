/**
 * The Guardrails tab: the naive delegated-admin example shows its ways out, each offered fix
 * applied in turn closes its check, and the User Guide's delegated-admin example holds.
 */
import type { Page } from '@playwright/test';

import { GUARDRAIL_IDS } from '../src/engine';
import { checkA11y, expect, test } from './fixtures';
import { openPlayground } from './pages';

/** Opens an example and its Guardrails tab, once the report is in. */
async function openGuardrails(page: Page, example: string): Promise<void> {
  await openPlayground(page, `/#example=${example}`);
  await page.getByTestId('view.guardrails').click();
  await expect(page.getByTestId('guardrails')).toBeVisible();
  await expect(page.getByTestId(`guardrail.${GUARDRAIL_IDS[0]}`)).toBeVisible();
}

const card = (page: Page, id: string) => page.getByTestId(`guardrail.${id}`);

test('the naive example shows its ways out, each with its proof', async ({ page }) => {
  await openGuardrails(page, 'delegated-admin-naive');
  await expect(page.getByTestId('guardrails.badge')).toHaveText('6 ways out');
  for (const id of GUARDRAIL_IDS) await expect(card(page, id)).toHaveAttribute('data-status', 'fail');
  const remove = card(page, 'remove-own-boundary');
  await expect(remove).toContainText('iam:DeleteRolePermissionsBoundary');
  await expect(remove.getByRole('table')).toContainText('Allowed');
  await checkA11y(page);
});

test('after an edit the badge is marked as the last check’s until the guardrails are checked again', async ({
  page,
}) => {
  await openGuardrails(page, 'delegated-admin-naive');
  const badge = page.getByTestId('guardrails.badge');
  await expect(badge).toHaveAttribute('data-current', 'true');
  // Any change of the documents (here a space): the report on screen belongs to those before it.
  const seen = page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const el = document.querySelector('[data-testid="guardrails.badge"]');
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(el?.getAttribute('data-current') ?? null);
        });
        if (el) observer.observe(el, { attributes: true, attributeFilter: ['data-current'] });
      }),
  );
  await page.evaluate(() => {
    const api = window.playground;
    api?.setPolicyText('boundary', `${api.getPolicyText('boundary') ?? ''} `);
  });
  expect(await seen).toBe('false');
  await expect(badge).toHaveAttribute('data-current', 'true');
  await expect(badge).toHaveText('6 ways out');
});

test('each offered fix closes its check, and the proof is denied afterwards', async ({ page }) => {
  await openGuardrails(page, 'delegated-admin-naive');
  // The proof goes to the simulator as requests of the suite, allowed there too.
  const remove = card(page, 'remove-own-boundary');
  await remove.getByRole('button', { name: 'Add these requests to the simulator' }).click();
  await expect(page.getByTestId('simulator')).toBeVisible();
  await expect(page.getByTestId('sim.action')).toHaveValue('iam:DeleteRolePermissionsBoundary');
  await expect(page.getByTestId('sim.decision')).toHaveText('Allowed');
  await page.getByTestId('view.guardrails').click();

  for (const [i, id] of GUARDRAIL_IDS.entries()) {
    await card(page, id).getByTestId('guardrail.apply').click();
    await expect(card(page, id)).toHaveAttribute('data-status', 'pass');
    // The checks not yet fixed still fail.
    for (const later of GUARDRAIL_IDS.slice(i + 1))
      await expect(card(page, later)).toHaveAttribute('data-status', 'fail');
  }
  await expect(page.getByTestId('guardrails.badge')).toHaveCount(0);
  const boundary = await page.evaluate(() => window.playground?.getPolicyText('boundary') ?? '');
  expect(boundary).toContain('"Sid": "DenyBoundaryRemoval"');
  expect(boundary).toContain('"Sid": "TeamServices"');
  // The request added from the proof is denied now.
  await page.getByTestId('view.simulator').click();
  await expect(page.getByTestId('sim.decision')).toContainText('Explicitly denied');
});

test('the delegated-admin example holds on every check', async ({ page }) => {
  await openGuardrails(page, 'delegated-admin');
  for (const id of GUARDRAIL_IDS) await expect(card(page, id)).toHaveAttribute('data-status', 'pass');
  await expect(page.getByTestId('guardrails.badge')).toHaveCount(0);
  await expect(page.getByTestId('guardrail.apply')).toHaveCount(0);
  await checkA11y(page);
});

test('the opening scenario holds, and without its boundary nothing is checked', async ({ page }) => {
  await openPlayground(page);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('guardrails')).toBeVisible();
  for (const id of GUARDRAIL_IDS) await expect(card(page, id)).toHaveAttribute('data-status', 'pass');
  await page.getByRole('checkbox', { name: 'Boundary on' }).uncheck();
  await expect(page.getByTestId('guardrails.notes')).toContainText(
    'The principal has no permissions boundary',
  );
});
