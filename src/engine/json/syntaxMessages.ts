/**
 * Readable messages for jsonc-parser's error codes. The codes are a `const enum` in
 * jsonc-parser's typings, which `isolatedModules` cannot read, so their numbers are listed here.
 */

/** jsonc-parser's `ParseErrorCode` values. */
export const JSONC_ERROR = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

const WHITESPACE = /[ \t\r\n]/;
const WORD_END = /[\s,:{}[\]"]/;

function previousNonSpace(text: string, offset: number): string {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (!WHITESPACE.test(c)) return c;
  }
  return '';
}

function nextNonSpace(text: string, offset: number): string {
  for (let i = Math.max(offset, 0); i < text.length; i++) {
    const c = text.charAt(i);
    if (!WHITESPACE.test(c)) return c;
  }
  return '';
}

/** The bare word (up to 20 characters) starting at `offset`, for quoting in messages. */
function wordAt(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && end - offset < 20 && !WORD_END.test(text.charAt(end))) end++;
  return text.slice(offset, Math.max(end, offset + 1));
}

function atEnd(text: string, offset: number): boolean {
  return nextNonSpace(text, offset) === '';
}

/**
 * Describes one jsonc-parser error at `offset` of `text` in words a policy author understands.
 * The text around the error refines the generic code (trailing commas, single quotes…);
 * `afterRoot` says the error lies after the end of the top-level value.
 */
export function describeSyntaxError(
  code: number,
  text: string,
  offset: number,
  length: number,
  afterRoot = false,
): string {
  if (afterRoot && code !== JSONC_ERROR.InvalidCommentToken && code !== JSONC_ERROR.UnexpectedEndOfComment) {
    return 'Unexpected text after the end of the policy document';
  }
  const here = text.charAt(offset);
  const trailingComma = previousNonSpace(text, offset) === ',' && (here === '}' || here === ']');
  switch (code) {
    case JSONC_ERROR.InvalidSymbol: {
      const afterWord = nextNonSpace(text, offset + length);
      if (afterWord === ':') return 'Property keys must be double-quoted';
      if (here === "'") return 'Strings must be double-quoted, not single-quoted';
      return `Unexpected "${wordAt(text, offset)}": expected a string, number, true, false, null, object or array`;
    }
    case JSONC_ERROR.InvalidNumberFormat:
      return 'Invalid number';
    case JSONC_ERROR.PropertyNameExpected:
      if (atEnd(text, offset)) return 'Unexpected end of text';
      if (trailingComma) return 'Trailing commas are not allowed in JSON';
      return 'Expected a property key: property keys must be double-quoted';
    case JSONC_ERROR.ValueExpected:
      if (atEnd(text, offset)) return 'Unexpected end of text';
      if (trailingComma) return 'Trailing commas are not allowed in JSON';
      return 'Expected a value';
    case JSONC_ERROR.ColonExpected:
      if (atEnd(text, offset)) return 'Unexpected end of text';
      return 'Expected a colon after the property key';
    case JSONC_ERROR.CommaExpected:
      if (atEnd(text, offset)) return 'Unexpected end of text';
      return 'Expected a comma';
    case JSONC_ERROR.CloseBraceExpected:
      if (atEnd(text, offset)) return 'Unexpected end of text: expected "}"';
      return 'Expected a comma or "}"';
    case JSONC_ERROR.CloseBracketExpected:
      if (atEnd(text, offset)) return 'Unexpected end of text: expected "]"';
      return 'Expected a comma or "]"';
    case JSONC_ERROR.EndOfFileExpected:
      return 'Unexpected text after the end of the policy document';
    case JSONC_ERROR.InvalidCommentToken:
    case JSONC_ERROR.UnexpectedEndOfComment:
      return 'Comments are not allowed in JSON';
    case JSONC_ERROR.UnexpectedEndOfString:
      return 'Unterminated string: a string must end with a double quote on the same line';
    case JSONC_ERROR.UnexpectedEndOfNumber:
      return 'Unexpected end of number';
    case JSONC_ERROR.InvalidUnicode:
      return 'Invalid Unicode escape: use \\u followed by four hexadecimal digits';
    case JSONC_ERROR.InvalidEscapeCharacter:
      return 'Invalid escape sequence in string';
    case JSONC_ERROR.InvalidCharacter:
      return 'Control characters must be escaped inside strings';
    default:
      return 'Invalid JSON';
  }
}
