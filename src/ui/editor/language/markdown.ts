/**
 * Markdown built from text the app does not control. Monaco renders hovers and completion
 * documentation as Markdown, remote images and links included, so every piece of catalog or
 * user text goes through {@link escapeMarkdown} (catalog prose), {@link plainText} (user text in
 * prose) or {@link code} (names and values).
 */
import { escapeControls } from '../../../engine';

// Every ASCII punctuation character may be backslash-escaped in Markdown and then stands for
// itself (https://spec.commonmark.org/0.31.2/#backslash-escapes). Escaping all of them, not
// only the well-known specials, also stops GitHub-style autolinks (`https://…`, `www.…`,
// `a@b.c`), which start without any special character.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Escapes prose so Markdown renders it as written: no emphasis, link, image, HTML or entity. */
export function escapeMarkdown(text: string): string {
  return text.replace(ASCII_PUNCTUATION, '\\$&');
}

/** User text as Markdown prose, shown as written on one line (control characters as escapes). */
export function plainText(text: string): string {
  return escapeMarkdown(escapeControls(text));
}

const BACKTICK_RUNS = /`+/g;

/**
 * How many characters of a value a code span shows. Monaco cuts Markdown past 100,000
 * characters, which could leave a span open and the rest of a huge value read as Markdown.
 */
export const CODE_SHOWN = 300;

/**
 * `text` as one inline code span, whatever it holds. Inside a code span Markdown interprets
 * nothing, so links, images and HTML stay text; what could end the span early is handled:
 * line breaks (a blank line ends the paragraph, and the span with it) and other control
 * characters are shown as escapes (`\n`), and the fence is one backtick longer than the longest
 * run of backticks in the text (CommonMark's rule, https://spec.commonmark.org/0.31.2/#code-spans).
 * Text longer than {@link CODE_SHOWN} characters is cut short with `…`.
 */
export function code(text: string): string {
  const cut = text.length > CODE_SHOWN ? `${text.slice(0, CODE_SHOWN - 1)}…` : text;
  const shown = escapeControls(cut);
  let longest = 0;
  for (const run of shown.match(BACKTICK_RUNS) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A space keeps a backtick at either end from joining the fence. Markdown strips one space
  // from each end when both ends have one (unless the text is all spaces), so text that starts
  // or ends with a space gets one more on each side too; an empty span needs one to be a span.
  const pad = shown.trim() === '' ? (shown === '' ? ' ' : '') : /^[` ]|[` ]$/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}
