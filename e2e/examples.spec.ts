/** The examples gallery: every example opens by URL and the running app gives its expected answers. */
import type { Page } from '@playwright/test';

import { EXAMPLES } from '../src/examples';
import { checkA11y, expect, test } from './fixtures';
import { openPlayground } from './pages';

const DECISION_LABEL = {
  Allowed: 'Allowed',
  ExplicitDeny: 'Explicitly denied',
  ImplicitDeny: 'Implicitly denied',
};

/** Puts a request in the simulator, as a person would type it. */
async function simulate(page: Page, request: (typeof EXAMPLES)[number]['expectations'][number]['request']) {
  await page.evaluate((r) => {
    const api = window.playground;
    if (!api) throw new Error('no test API');
    api.setRequest({
      action: r.action,
      resource: r.resource,
      resourceAccount: r.resourceAccount ?? '',
      viaVpcEndpoint: r.viaVpcEndpoint,
    });
    api.setContext(
      Object.entries(r.context).map(([key, value]) => ({
        key,
        values: typeof value === 'string' ? [value] : [...value],
        multivalued: typeof value !== 'string',
      })),
    );
  }, request);
}

for (const example of EXAMPLES) {
  test(`example ${example.id} opens by URL and gives its expected answers`, async ({ page }) => {
    await openPlayground(page, `/#example=${example.id}`);
    await expect
      .poll(() => page.evaluate(() => window.playground?.sharedState().principal))
      .toBe(example.scenario.principal);
    await page.getByTestId('view.simulator').click();
    for (const expectation of example.expectations) {
      await simulate(page, expectation.request);
      const decision = page.getByTestId('sim.decision');
      await expect(decision).not.toContainText('out of date');
      await expect(decision).toContainText(DECISION_LABEL[expectation.decision]);
      await expect
        .poll(() => page.evaluate(() => window.playground?.simulations()[0] ?? null))
        .toMatchObject({
          decision: expectation.decision,
          ...(expectation.deniedBy === undefined ? {} : { deniedBy: expectation.deniedBy }),
        });
      if (expectation.message) await expect(page.getByTestId('sim.message')).toHaveText(expectation.message);
    }
  });
}

test('the gallery lists every example and opens one', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  const dialog = page.getByRole('dialog', { name: 'Examples' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(EXAMPLES.length);
  for (const example of EXAMPLES) {
    const card = dialog.getByTestId(`example.${example.id}`);
    await expect(card.getByRole('link', { name: example.title })).toHaveAttribute(
      'href',
      `#example=${example.id}`,
    );
    await expect(card).toContainText(example.summary);
    await expect(card).toContainText(example.explanation);
  }
  await checkA11y(page);
  await dialog.getByRole('link', { name: EXAMPLES[1]?.title ?? '' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => window.playground?.sharedState().principal))
    .toBe(EXAMPLES[1]?.scenario.principal);
});

test("the example scenario's link is under 500 characters", async ({ page }) => {
  await openPlayground(page, '/#example=ec2-boundary');
  const text = await page.getByTestId('share.length').innerText();
  const length = Number(/([\d,]+)/.exec(text)?.[1]?.replace(/,/g, ''));
  expect(length).toBeGreaterThan(0);
  expect(length).toBeLessThan(500);
  await checkA11y(page);
});
