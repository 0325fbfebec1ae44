/**
 * How Recent work reads to people: what replaced each entry, a one-line summary of it (the caller
 * and the policies' names), and the notice shown when work is kept there.
 */
import { listPolicies } from '../engine';
import type { RecentCause, RecentEntry } from '../persistence';
import type { SharedState } from '../permalink';
import type { RecentWorkItem } from '../state/slices/sharing';

/** What replaced an entry's work, for the menu. */
export const RECENT_LABELS: Readonly<Record<RecentCause, string>> = {
  link: 'Replaced by a link',
  example: 'Replaced by an example',
  reset: 'Replaced by the example scenario',
  import: 'Replaced by an import',
  restore: 'Replaced by restoring other work',
  'other-tab': 'Set aside when another tab changed the work',
  unreadable: 'Saved work that could not be opened',
  unknown: 'Replaced',
};

/** The `restore` banner's message once work is kept because of `cause`. */
export const KEPT_MESSAGES: Readonly<Record<RecentCause, string>> = {
  link: 'Opening this link replaced your previous work. It was kept in Recent work:',
  example: 'Opening the example replaced your previous work. It was kept in Recent work:',
  reset: 'The example scenario replaced your work. It was kept in Recent work:',
  import: 'The import replaced your previous work. It was kept in Recent work:',
  restore: 'Restoring replaced your previous work. It was kept in Recent work:',
  'other-tab': "The other tab's work replaced yours. Yours was kept in Recent work:",
  unreadable: 'Your previous work was kept in Recent work:',
  unknown: 'Your previous work was kept in Recent work:',
};

/** Longest summary, in characters: names can be 4,096 characters each. */
export const SUMMARY_LENGTH = 160;

function clip(text: string): string {
  return text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH - 1)}…`;
}

/** One line for a piece of work: its caller, then its policies' names. */
export function summarize(state: SharedState): string {
  const names = listPolicies(state).map(({ policy }) => policy.name);
  return clip(`${state.principal || '(no caller)'} · ${names.length > 0 ? names.join(', ') : 'no policies'}`);
}

/** An entry as the Recent work menu shows it. */
export function recentItem(entry: RecentEntry): RecentWorkItem {
  return {
    id: entry.id,
    savedAt: entry.savedAt,
    label: RECENT_LABELS[entry.cause],
    summary: entry.readable ? summarize(entry.state) : clip(`Cannot be opened here: it ${entry.problem}.`),
    readable: entry.readable,
  };
}
