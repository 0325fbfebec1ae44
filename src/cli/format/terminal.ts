/**
 * Everything the CLI prints goes through here. Scenario files are often someone else's, and a
 * name or value with terminal control sequences (clear the screen, move the cursor) could
 * otherwise print a fake report over the real one.
 */
import { escapeControls, escapeControlsInJson } from '../../engine';

/**
 * Lines the CLI composed, each with its control characters shown as escapes, joined by the
 * CLI's own line breaks and ending in one. A line break inside a value shows as `\n`.
 */
export function terminalLines(lines: readonly string[]): string {
  return `${lines.map(escapeControls).join('\n')}\n`;
}

/** Pretty-printed JSON (2-space indent, final newline) with no raw control character in it. */
export function terminalJson(value: unknown): string {
  return `${escapeControlsInJson(JSON.stringify(value, null, 2))}\n`;
}
