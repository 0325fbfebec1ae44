/** The keyboard shortcuts, listed once for both the handler and the help dialog. */

/** One shortcut. */
export interface Shortcut {
  readonly keys: string;
  readonly description: string;
  /** Whether a keyboard event is this shortcut. */
  readonly matches: (e: KeyboardEvent) => boolean;
}

const inField = (e: KeyboardEvent) => {
  const t = e.target as HTMLElement | null;
  return (
    !!t &&
    (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)
  );
};

/** Every shortcut, with the action names the app binds them to. */
export const SHORTCUTS = {
  help: { keys: '?', description: 'Show this help', matches: (e) => e.key === '?' && !inField(e) },
  search: { keys: '/', description: 'Search actions', matches: (e) => e.key === '/' && !inField(e) },
  table: {
    keys: 'Alt+1',
    description: 'Show the actions table',
    matches: (e) => e.altKey && e.code === 'Digit1',
  },
  simulator: {
    keys: 'Alt+2',
    description: 'Show the request simulator',
    matches: (e) => e.altKey && e.code === 'Digit2',
  },
  effective: {
    keys: 'Alt+3',
    description: 'Show the effective policy',
    matches: (e) => e.altKey && e.code === 'Digit3',
  },
  guardrails: {
    keys: 'Alt+4',
    description: 'Show the guardrails checks',
    matches: (e) => e.altKey && e.code === 'Digit4',
  },
  escape: {
    keys: 'Esc',
    description: 'Close the explanation or this dialog',
    matches: (e) => e.key === 'Escape',
  },
} satisfies Record<string, Shortcut>;

/** How to leave a policy editor by keyboard; also part of each editor's accessible name. */
export const EDITOR_ESCAPE_HINT =
  'To leave the editor, press Escape then Tab; Ctrl+M (Ctrl+Shift+M on macOS) switches Tab between indenting and moving focus.';

/** Editor shortcuts (Monaco's, and the way out), listed for reference. */
export const EDITOR_SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'Esc, then Tab', description: 'Leave the editor (Esc, then Shift+Tab goes back)' },
  {
    keys: 'Ctrl+M',
    description: 'Switch Tab between indenting and moving focus (Ctrl+Shift+M on macOS)',
  },
  { keys: 'Shift+Alt+F', description: 'Format the document' },
  { keys: 'Ctrl+Space', description: 'Complete actions, ARNs, condition operators and keys' },
  { keys: 'Ctrl+.', description: 'Quick fix (e.g. "did you mean")' },
  { keys: 'F8', description: 'Go to the next problem' },
];
