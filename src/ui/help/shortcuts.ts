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
  escape: {
    keys: 'Esc',
    description: 'Close the explanation or this dialog',
    matches: (e) => e.key === 'Escape',
  },
} satisfies Record<string, Shortcut>;

/** Editor shortcuts Monaco provides, listed for reference. */
export const EDITOR_SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'Shift+Alt+F', description: 'Format the document' },
  { keys: 'Ctrl+Space', description: 'Complete actions, ARNs, condition operators and keys' },
  { keys: 'Ctrl+.', description: 'Quick fix (e.g. "did you mean")' },
  { keys: 'F8', description: 'Go to the next problem' },
];
