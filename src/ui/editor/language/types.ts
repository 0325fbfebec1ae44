/**
 * Plain data shapes of the policy language features. The pure modules produce these; the thin
 * Monaco adapters (`completion.ts`, `hover.ts`, `quickFix.ts`, `markers.ts`) turn them into
 * Monaco objects. Keeping Monaco out of the logic lets it run under vitest in Node.
 */

/** A span of the document text as 0-based UTF-16 offsets; `end` is exclusive. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** What a completion item stands for; the adapter maps it to a Monaco `CompletionItemKind`. */
export type PolicyCompletionKind =
  'service' | 'action' | 'wildcard' | 'resource' | 'operator' | 'conditionKey' | 'element' | 'value';

/** One completion item, Monaco-free. */
export interface PolicyCompletionItem {
  /** Shown in the list, and matched against the typed text unless {@link filterText} is set. */
  readonly label: string;
  readonly kind: PolicyCompletionKind;
  /** Text inserted over {@link range}: a Monaco snippet when {@link snippet} is true. */
  readonly insertText: string;
  readonly snippet: boolean;
  /** Short text right of the label (access level, key type…). */
  readonly detail?: string;
  /** Markdown shown in the details pane. */
  readonly documentation?: string;
  /** Orders the list; items without it sort after those with it. */
  readonly sortText?: string;
  /** What the typed text is matched against, when that is not the label (quoted keys). */
  readonly filterText?: string;
  /** The text the item replaces. */
  readonly range: OffsetRange;
  /** Open the suggestion list again after inserting (after `s3:`, or an element snippet). */
  readonly retrigger?: boolean;
}

/** The result of a completion request. */
export interface PolicyCompletionList {
  readonly items: readonly PolicyCompletionItem[];
  /** The list was capped or lacks data still loading: ask again as the user types. */
  readonly incomplete: boolean;
}

/** A hover, Monaco-free. */
export interface PolicyHover {
  /** Markdown paragraphs, shown top to bottom. */
  readonly contents: readonly string[];
  /** The token hovered (a JSON string, quotes included). */
  readonly range: OffsetRange;
}

/** A replacement of one span of the text. */
export interface PolicyTextEdit {
  readonly range: OffsetRange;
  readonly text: string;
}
