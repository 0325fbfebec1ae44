import { describe, expect, it } from 'vitest';

import { escapeControls } from '../../../engine';
import { code, CODE_SHOWN, escapeMarkdown, plainText } from './markdown';
import { activeTokens, markdownTokens, shownText } from './markdownTokens';

/** Values a shared link or a pasted policy could hold, each trying to get out of its place. */
const HOSTILE_VALUES = [
  's3:*\n\n![x](https://attacker.example/pixel.png)\n\n[Open the AWS console](https://attacker.example/login)',
  '[x](javascript:alert(1))',
  '<img src="https://attacker.example/p.png" onerror="alert(1)">',
  '<https://attacker.example/autolink>',
  'see www.attacker.example or mail me@attacker.example or https://attacker.example',
  'a`b``c```d',
  '`starts and ends with a backtick`',
  '``',
  ' spaced ',
  'line\r\nbreaks\u2028and\u2029separators',
  '\u001b[2J\u001b[Hcleared',
  'right-to-left \u202eevil\u202c',
  '&lt;script&gt; &amp; &#x41;',
  '# heading\n- list\n> quote\n| a | b |\n|---|---|',
  '**bold** _it_ ~~gone~~ \\*',
];

/** The tokens of Markdown that must render as exactly one paragraph. */
function oneParagraph(markdown: string) {
  const tokens = markdownTokens(markdown);
  const blocks = tokens.filter(
    (token) => !['text', 'escape', 'codespan', 'strong', 'space'].includes(token.type),
  );
  expect(blocks.map((token) => token.type)).toEqual(['paragraph']);
  return tokens;
}

/** What a paragraph of plain text reads as. */
function readText(markdown: string): string {
  const tokens = oneParagraph(markdown);
  expect(
    tokens.map((token) => token.type).filter((type) => !['paragraph', 'text', 'escape'].includes(type)),
  ).toEqual([]);
  return tokens
    .filter((token) => token.type !== 'paragraph')
    .map(shownText)
    .join('');
}

describe('code', () => {
  it.each(HOSTILE_VALUES)('renders %j as one code span holding the value, and nothing else', (value) => {
    const markdown = `**${code(value)}** matches no action.`;
    const tokens = oneParagraph(markdown);
    expect(activeTokens(markdown)).toEqual([]);
    const spans = tokens.filter((token) => token.type === 'codespan');
    expect(spans.map(shownText)).toEqual([escapeControls(value)]);
  });

  it('shows control characters as escapes, so the value stays on one line', () => {
    expect(code('a\n\nb\u001b[2J')).toBe('`a\\n\\nb\\x1b[2J`');
  });

  it('keeps plain names as they were', () => {
    expect(code('s3:GetObject')).toBe('`s3:GetObject`');
    expect(code('arn:${Partition}:s3:::${BucketName}')).toBe('`arn:${Partition}:s3:::${BucketName}`');
  });

  it('cuts a huge value short, so Monaco never has to cut the span open', () => {
    const value = `${'a'.repeat(200_000)}\n\n![x](https://attacker.example/p.png)`;
    const markdown = code(value);
    expect(markdown.length).toBeLessThan(CODE_SHOWN + 10);
    const spans = oneParagraph(markdown).filter((token) => token.type === 'codespan');
    expect(spans.map(shownText)).toEqual([`${'a'.repeat(CODE_SHOWN - 1)}…`]);
  });
});

describe('plainText', () => {
  it.each(HOSTILE_VALUES)('renders %j as plain text on one line, exactly as written', (value) => {
    expect(readText(`Does not match: ${plainText(value)}`)).toBe(`Does not match: ${escapeControls(value)}`);
  });
});

describe('escapeMarkdown', () => {
  it('keeps catalog prose as written', () => {
    const prose = 'Grants permission to read [an object] from <bucket> & *list* it, see docs.aws.amazon.com';
    expect(readText(escapeMarkdown(prose))).toBe(prose);
  });
});
