/**
 * Hostile links: nothing a link carries can make the page load an outside resource or render
 * the link's text as Markdown (images, links) in the editor's hovers.
 */
import { expect, test, waitForEditors } from './fixtures';
import { openPlayground } from './pages';

// An identity policy whose Action is `s3:*` followed by blank lines, a remote image and a link:
// "s3:*\n\n![x](https://attacker.example/pixel.png)\n\n[Open the AWS console](https://attacker.example/login)"
const HOSTILE_LINK =
  '/#s=1.QylRqBoMxHsS1DWKickDIsXoiliNjJKSgmIrff1EUE8lO7VIL7UiMbcAmGwKMitSc_QK8tI1Iaqj_QtS8xRKMoCjHuHBCsDyuRiYuPDoB_YHMvM0SQpNUBABAA';

test.describe('hostile input', () => {
  test('hovering an Action value made of Markdown renders no image or link and loads nothing', async ({
    page,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('attacker.example')) outside.push(request.url());
    });
    await openPlayground(page, HOSTILE_LINK);
    await waitForEditors(page, 2);
    const editor = page.getByTestId('pane.identity').locator('.monaco-editor');
    // The string token that starts the Action value (Monaco's token spans are `mtk…`).
    const value = editor.locator('.view-line span[class^="mtk"]', { hasText: /^"s3:\*/ });
    await expect(value).toBeVisible();
    await value.hover({ position: { x: 12, y: 5 } });
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 's3:*' });
    await expect(hover).toBeVisible();
    await expect(hover).toContainText('matches no action');
    // The value is shown as written, as one piece of code: its Markdown is inert.
    await expect(hover.locator('.markdown-hover code')).toContainText(
      's3:*\\n\\n![x](https://attacker.example/pixel.png)\\n\\n[Open the AWS console]',
    );
    await expect(hover.locator('img')).toHaveCount(0);
    await expect(hover.locator('a[href*="attacker"], a[data-href*="attacker"]')).toHaveCount(0);
    expect(outside).toEqual([]);
  });

  test('pasting a document nested 5,000 deep into Import gives an error, and the page stays', async ({
    page,
  }) => {
    await openPlayground(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from AWS' });
    await dialog
      .getByLabel('AWS CLI JSON output')
      .fill(`{"Statement":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    await expect(dialog).toContainText('The input is nested too deeply: more than 108 levels');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('figure', { name: 'Venn diagram' })).toBeVisible();
  });

  test('the built page declares a Content-Security-Policy that keeps everything on its own origin', async ({
    page,
    browser,
  }) => {
    await openPlayground(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-eval');
    // An image from another origin is refused before any request is made. The refusal logs a
    // console error by design, so it is provoked in a second page the guards do not watch.
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto(page.url());
    const blocked = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
            once: true,
          });
          const image = document.createElement('img');
          image.src = 'https://attacker.example/pixel.png';
          document.body.append(image);
        }),
    );
    await context.close();
    expect(blocked).toBe('img-src');
  });
});
