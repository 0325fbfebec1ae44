/** Permalinks, autosave and hostile links, in the running app. */
import type { Page } from '@playwright/test';

import { MAX_PAYLOAD_BYTES } from '../src/permalink';
import { linkOf, linkOfText } from '../src/permalink/testLinks';
import { checkA11y, expect, test } from './fixtures';
import { copyLink, openPlayground } from './pages';

const WORK_PRINCIPAL = 'arn:aws:iam::111122223333:user/saved-work';

/** Makes the current work something to lose, and waits until it is autosaved. */
async function makeSavedWork(page: Page): Promise<void> {
  await openPlayground(page);
  await page.evaluate((p) => window.playground?.setPrincipal(p), WORK_PRINCIPAL);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('iam-playground.autosave') ?? ''))
    .toContain('saved-work');
}

/** Guards a page of another context the way the fixture guards `page`. */
function guard(other: Page, problems: string[]): void {
  other.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  other.on('pageerror', (e) => problems.push(e.message));
  other.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
}

test('a link copied after editing every kind of field reopens in a new context to the same state', async ({
  page,
  browser,
}) => {
  await openPlayground(page);
  const sessionId = await page.evaluate(() => {
    const api = window.playground;
    if (!api) throw new Error('no test API');
    api.setPolicyText(
      'identity-1',
      '{\n  "Version": "2012-10-17",\n    "Statement": [{"Effect":"Allow","Action":"s3:*","Resource":"*"}]\n}\n',
    );
    api.setPolicyText(
      'boundary',
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","ec2:*"],"Resource":"*"}]}',
    );
    const session = api.addPolicy('sessionPolicy');
    api.setPolicyText(
      session,
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    );
    const resource = api.addPolicy('resourcePolicy');
    api.setResourcePolicyKind('kms-key');
    api.setPolicyText(resource, '{"Version":"2012-10-17","Statement":[]}');
    api.addPolicy('serviceControlPolicies');
    const scp = api.addPolicy('serviceControlPolicies');
    api.setPolicyText(
      scp,
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}',
    );
    api.setPrincipal(
      'arn:aws:sts::111122223333:assumed-role/dev/alice',
      'arn:aws:iam::111122223333:role/dev',
    );
    api.setRequest({
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/key',
      resourceAccount: '111122223333',
    });
    api.setContext([
      { key: 'aws:SourceIp', values: ['10.1.2.3'] },
      { key: 'aws:TagKeys', values: ['team', 'env'] },
    ]);
    api.setFilters({ search: 's3:Get*', service: 's3', accessLevel: 'Read', region: 'effective' });
    api.selectAction('s3:GetObject');
    api.setActiveTab(session);
    return session;
  });
  expect(sessionId).toBe('session');
  const before = await page.evaluate(() => window.playground?.sharedState());
  const link = await copyLink(page);
  expect(link.startsWith(`${new URL(page.url()).origin}/#s=1.`)).toBe(true);

  const context = await browser.newContext();
  const other = await context.newPage();
  const problems: string[] = [];
  guard(other, problems);
  await other.goto(link);
  await expect.poll(() => other.evaluate(() => window.playground?.sharedState())).toEqual(before);
  await expect(other.getByRole('tab', { name: /session-policy/ }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await context.close();
  expect(problems).toEqual([]);
});

test('the work comes back after a reload', async ({ page }) => {
  await makeSavedWork(page);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => window.playground?.sharedState().principal))
    .toBe(WORK_PRINCIPAL);
});

const HOSTILE: readonly { name: string; hash: () => string; says: RegExp }[] = [
  {
    name: 'a tampered payload',
    hash: () => linkOf({ q: [{ a: 42, r: '*' }] }),
    says: /damaged: requests\[0\]\.action/,
  },
  {
    name: 'a truncated link',
    hash: () => linkOf({ p: 'arn:aws:iam::111122223333:user/x' }).slice(0, -6),
    says: /damaged/,
  },
  { name: 'an unsupported version', hash: () => linkOfText('{}', 7), says: /newer version/ },
  {
    name: 'a payload inflating past 5 MB',
    hash: () => linkOf({ p: ' '.repeat(MAX_PAYLOAD_BYTES + 1000) }),
    says: /too large to open/,
  },
];

for (const hostile of HOSTILE) {
  test(`${hostile.name} shows an error and keeps the saved work`, async ({ page }) => {
    await makeSavedWork(page);
    await page.goto('about:blank');
    await openPlayground(page, `/#${hostile.hash()}`);
    const banner = page.getByTestId('banner.link-error');
    await expect(banner).toHaveText(hostile.says);
    await expect(banner).toContainText('Your work was kept');
    await expect
      .poll(() => page.evaluate(() => window.playground?.sharedState().principal))
      .toBe(WORK_PRINCIPAL);
    expect(await page.evaluate(() => localStorage.getItem('iam-playground.autosave'))).toContain(
      'saved-work',
    );
    await checkA11y(page);
  });
}

test('a policy with <script> and <img onerror> runs nothing and shows as text; the replaced work can be restored', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await makeSavedWork(page);
  const evil = '<script>alert(1)</script><img src=x onerror=alert(1)>';
  const text = `{"Version":"2012-10-17","Statement":[{"Sid":"${evil}","Effect":"Allow","Action":"*","Resource":"*"}]}`;
  await page.goto('about:blank');
  await openPlayground(page, `/#${linkOf({ i: [{ n: evil, t: text }] })}`);
  await expect.poll(() => page.evaluate(() => window.playground?.getPolicyText('identity-1'))).toBe(text);
  await expect(
    page.getByRole('tab', { name: new RegExp(evil.replace(/[()[\]]/g, '\\$&').slice(0, 20)) }).first(),
  ).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script:not([src]):not([type])', { hasText: 'alert(1)' })).toHaveCount(0);
  const restore = page.getByTestId('banner.restore');
  await expect(restore).toContainText('It was kept');
  await checkA11y(page);
  await restore.getByRole('button', { name: 'Restore your previous work' }).click();
  await expect
    .poll(() => page.evaluate(() => window.playground?.sharedState().principal))
    .toBe(WORK_PRINCIPAL);
  expect(dialogs).toEqual([]);
});

test('"Reset to example" brings back the example and keeps the work', async ({ page }) => {
  await makeSavedWork(page);
  await page.getByRole('button', { name: 'Reset to example' }).click();
  await expect
    .poll(() => page.evaluate(() => window.playground?.sharedState().principal))
    .toBe('arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession');
  await page.getByRole('button', { name: 'Restore your previous work' }).click();
  await expect
    .poll(() => page.evaluate(() => window.playground?.sharedState().principal))
    .toBe(WORK_PRINCIPAL);
});

test('a link over 32 KB offers the scenario as a file instead', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => {
    // Incompressible text: random hex in a Sid.
    const noise = Array.from({ length: 80_000 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    window.playground?.setPolicyText(
      'identity-1',
      `{"Version":"2012-10-17","Statement":[{"Sid":"${noise}","Effect":"Allow","Action":"*","Resource":"*"}]}`,
    );
  });
  const download = page.getByTestId('share.download');
  await expect(download).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('iam-playground-scenario.json');
  await checkA11y(page);
});

test('works without console errors when localStorage throws', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await openPlayground(page);
  await expect(page.getByTestId('banner.storage')).toContainText('not available');
  await page.evaluate((p) => window.playground?.setPrincipal(p), WORK_PRINCIPAL);
  await expect(page).toHaveURL(/#s=1\./);
  await checkA11y(page);
});
