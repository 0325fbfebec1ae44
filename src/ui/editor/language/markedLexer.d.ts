/**
 * Types for the Markdown lexer Monaco renders hovers with (marked, vendored inside
 * monaco-editor), which the Markdown tests run their output through. Only what they use.
 */
declare module 'monaco-editor/base/common/marked/marked.js' {
  /** A token of marked's lexer: block tokens hold inline `tokens`, lists hold `items`. */
  export interface MarkedToken {
    readonly type: string;
    readonly raw: string;
    readonly text?: string;
    readonly tokens?: readonly MarkedToken[];
    readonly items?: readonly MarkedToken[];
  }
  /** Splits Markdown into tokens with marked's default (GitHub-flavoured) options. */
  export function lexer(source: string): MarkedToken[];
}
