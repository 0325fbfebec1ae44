/**
 * Results on screen always belong to the documents on screen: while a heavy link opens, every
 * sample of the results region is either the link's final numbers or marked busy.
 */
import { DEFAULT_SHARED_STATE, encodePermalink, type SharedState } from '../src/permalink';
import { expect, test } from './fixtures';

/** A boundary of 40 statements, each allowing a different service's reads. */
function heavyBoundary(): string {
  const services = ['s3', 'ec2', 'iam', 'kms', 'sqs', 'sns', 'dynamodb', 'lambda', 'logs', 'cloudwatch'];
  const statements = Array.from({ length: 40 }, (_, i) => ({
    Sid: `S${i}`,
    Effect: 'Allow',
    Action: [`${services[i % services.length]}:Get*`, `${services[i % services.length]}:List*`],
    Resource: i % 3 === 0 ? '*' : `arn:aws:${services[i % services.length]}:*:123456789876:*`,
  }));
  return `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`;
}

const HEAVY: SharedState = {
  ...DEFAULT_SHARED_STATE,
  identityPolicies: [
    { name: 'ReadOnlyAccess', managedArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    { name: 'PowerUserAccess', managedArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
  ],
  permissionsBoundary: { name: 'read-boundary', text: heavyBoundary() },
};

interface Sample {
  readonly phase: string | null;
  readonly busy: string | null;
  readonly allowed: string | null;
}

test('opening a heavy link never shows the previous scenario’s numbers as final', async ({ page }) => {
  await page.addInitScript(() => {
    const samples: { phase: string | null; busy: string | null; allowed: string | null }[] = [];
    (window as unknown as { samples: typeof samples }).samples = samples;
    setInterval(() => {
      const region = document.querySelector('[data-testid="results"]');
      const allowed = document.querySelector('[data-testid="venn.effectiveAllowed"] .legend-count');
      samples.push({
        phase: region?.getAttribute('data-phase') ?? null,
        busy: region?.getAttribute('aria-busy') ?? null,
        allowed: allowed?.textContent ?? null,
      });
    }, 30);
  });
  await page.goto(`/#${encodePermalink(HEAVY)}`);
  await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'current', { timeout: 30_000 });
  const final = await page.getByTestId('venn.effectiveAllowed').locator('.legend-count').textContent();
  const samples = await page.evaluate(() => (window as unknown as { samples: Sample[] }).samples);
  expect(samples.length).toBeGreaterThan(3);
  const wrong = samples.filter((s) => s.phase === 'current' && s.allowed !== null && s.allowed !== final);
  expect(wrong, 'samples showing other numbers as final').toEqual([]);
  // While not current, the region says it is busy (or why it has no results).
  for (const sample of samples) {
    if (sample.phase === 'busy') expect(sample.busy).toBe('true');
  }
  // The default example's own numbers never showed as final beside the linked documents.
  expect(final).not.toBe('826');
});

test('an edit marks the results busy at once, and current again with the new numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'current');
  const before = await page.getByTestId('venn.effectiveAllowed').locator('.legend-count').textContent();
  // In the same task as the edit, before any evaluation could answer, the results are not final;
  // and the region said so on screen (an observer records every aria-busy it was given, since the
  // run may finish before a test could look).
  const phaseRightAfter = await page.evaluate(() => {
    const region = document.querySelector('[data-testid="results"]');
    const seen: string[] = [];
    (window as unknown as { busySeen: string[] }).busySeen = seen;
    new MutationObserver(() => seen.push(region?.getAttribute('aria-busy') ?? '')).observe(region!, {
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    window.playground?.setPolicyText(
      'boundary',
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}',
    );
    return window.playground?.results()?.phase;
  });
  expect(phaseRightAfter).toBe('busy');
  await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'current');
  const after = await page.getByTestId('venn.effectiveAllowed').locator('.legend-count').textContent();
  expect(after).not.toBe(before);
  expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toContain('true');
});

/** What the results region showed at one moment (ms since the page's time origin). */
interface Look {
  readonly at: number;
  readonly busy: boolean;
  /** Greyed, or "Updating…" shown. */
  readonly showsBusy: boolean;
}

test('a quick run changes nothing on screen but aria-busy: no greying, no "Updating…"', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'current');
  // From now on, every change of the region's busy state and of its look is recorded.
  await page.evaluate(() => {
    const looks: Look[] = [];
    (window as unknown as { looks: Look[] }).looks = looks;
    const region = document.querySelector('[data-testid="results"]');
    new MutationObserver(() => {
      if (!region) return;
      const look = {
        at: performance.now(),
        busy: region.getAttribute('aria-busy') === 'true',
        showsBusy:
          region.classList.contains('look-busy') ||
          document.querySelector('[data-testid="results.updating"]') !== null,
      };
      const last = looks[looks.length - 1];
      if (!last || last.busy !== look.busy || last.showsBusy !== look.showsBusy) looks.push(look);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  for (const action of ['s3:*', 'ec2:*', 'sqs:*']) {
    await page.evaluate((allowed) => {
      const policy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: allowed, Resource: '*' }],
      };
      window.playground?.setPolicyText('boundary', JSON.stringify(policy));
    }, action);
    await expect(page.getByTestId('results')).toHaveAttribute('data-phase', 'current');
  }
  const looks = await page.evaluate(() => (window as unknown as { looks: Look[] }).looks);
  // Split into busy spells: from aria-busy turning true to its turning false.
  const spells: { start: number; end: number; shownAt: number | null }[] = [];
  for (const look of looks) {
    const open = spells[spells.length - 1];
    if (look.busy && (!open || open.end >= 0)) spells.push({ start: look.at, end: -1, shownAt: null });
    const spell = spells[spells.length - 1];
    if (!spell || spell.end >= 0) continue;
    if (look.showsBusy && spell.shownAt === null) spell.shownAt = look.at;
    if (!look.busy) spell.end = look.at;
  }
  expect(spells, 'one busy spell per edit, each said at once by aria-busy').toHaveLength(3);
  for (const spell of spells) {
    // Nothing greys within the grace (150 ms; a timer may fire a little early).
    if (spell.shownAt !== null) expect(spell.shownAt - spell.start).toBeGreaterThanOrEqual(140);
  }
  expect(looks[looks.length - 1]).toMatchObject({ busy: false, showsBusy: false });
});

test('a run that outlasts a moment greys the results and says "Updating…" until they arrive', async ({
  page,
}) => {
  // The evaluation worker's script arrives two seconds late: the page has nothing else to do.
  await page.route('**/engine.worker-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await page.goto('/');
  const results = page.getByTestId('results');
  await expect(page.getByTestId('results.updating')).toBeVisible();
  await expect(results).toHaveAttribute('aria-busy', 'true');
  await expect(results).toHaveClass(/look-busy/);
  await expect(results).toHaveAttribute('data-phase', 'current', { timeout: 15_000 });
  await expect(page.getByTestId('results.updating')).toHaveCount(0);
  await expect(results).not.toHaveClass(/look-busy/);
});
