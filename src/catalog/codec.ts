/**
 * The compact string encodings used inside `generated/index.json`. Encoder and decoder sit side by
 * side so the build script and the browser cannot drift apart; the build script also decodes what
 * it wrote and compares it with the source before it writes anything.
 *
 * - Action names of one service: sorted, front-coded and joined by spaces. Each token is one
 *   character giving how many leading characters to keep from the previous encoded name
 *   (`'0'` + n), then the rest. In encoded names, frequent CamelCase words are replaced by one
 *   character each (`WORD_BASE` + their index in the catalog's word table).
 * - Resource-type references of one action: `.`-joined indices into the service's resource-type
 *   table, `*` after an index marking a required type (as the Service Authorization Reference
 *   does); the empty string means the action only accepts `*` as its resource.
 * - ARN templates: `~` stands for `arn:${Partition}:<prefix>:`, the usual start of a template.
 */

/** Code of the character that stands for word 0 of the word table. */
export const WORD_BASE = 0x100;
/** Code of the front-coding character that means "keep nothing from the previous name". */
const PREFIX_BASE = 0x30;
/** Longest shared prefix that front coding records; keeps the prefix character printable ASCII. */
const MAX_PREFIX = 40;

const WORD_PATTERN = /[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[^A-Za-z0-9]/g;

/** Splits an action name into the CamelCase words that the word table may replace. */
export function splitWords(name: string): string[] {
  return name.match(WORD_PATTERN) ?? [];
}

/**
 * Encodes one service's action names (already in catalog order) as a single string.
 * `words` is the catalog-wide word table.
 */
export function encodeNames(names: readonly string[], words: readonly string[]): string {
  const table = new Map(words.map((word, i) => [word, i]));
  const tokens: string[] = [];
  let previous = '';
  for (const name of names) {
    let encoded = '';
    for (const word of splitWords(name)) {
      const code = table.get(word);
      encoded += code === undefined ? word : String.fromCharCode(WORD_BASE + code);
    }
    let shared = 0;
    const limit = Math.min(previous.length, encoded.length, MAX_PREFIX);
    while (shared < limit && previous.charCodeAt(shared) === encoded.charCodeAt(shared)) shared++;
    tokens.push(String.fromCharCode(PREFIX_BASE + shared) + encoded.slice(shared));
    previous = encoded;
  }
  return tokens.join(' ');
}

const WORD_CODES = /[\u0100-\uffff]/g;

/**
 * Decodes what {@link encodeNames} produced. Returns null when the text is malformed
 * (a prefix longer than the previous name, an empty name, or an unknown word code).
 */
export function decodeNames(text: string, words: readonly string[]): string[] | null {
  if (text.length === 0) return [];
  const tokens = text.split(' ');
  let previous = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const shared = token.charCodeAt(0) - PREFIX_BASE;
    if (!(shared >= 0 && shared <= previous.length) || (token.length === 1 && shared === 0)) return null;
    previous = shared === 0 ? token.slice(1) : previous.slice(0, shared) + token.slice(1);
    tokens[i] = previous;
  }
  // Words are expanded in one native pass over all names, which stays fast before the JIT warms up.
  let unknownWord = false;
  const expanded = tokens.join(' ').replace(WORD_CODES, (char) => {
    const word = words[char.charCodeAt(0) - WORD_BASE];
    if (word === undefined) unknownWord = true;
    return word ?? '';
  });
  return unknownWord ? null : expanded.split(' ');
}

/** One resource type accepted by an action, by index into its service's resource-type table. */
export interface ResourceTypeRef {
  readonly index: number;
  readonly required: boolean;
}

/** Encodes one action's resource-type references; `[]` (wildcard-only) becomes `''`. */
export function encodeRefs(refs: readonly ResourceTypeRef[]): string {
  return refs.map((ref) => `${ref.index}${ref.required ? '*' : ''}`).join('.');
}

const REF_PATTERN = /^(0|[1-9][0-9]*)(\*?)$/;

/** Decodes {@link encodeRefs}; null when malformed or an index is not below `tableSize`. */
export function decodeRefs(text: string, tableSize: number): ResourceTypeRef[] | null {
  if (text.length === 0) return [];
  const refs: ResourceTypeRef[] = [];
  for (const part of text.split('.')) {
    const match = REF_PATTERN.exec(part);
    if (match === null) return null;
    const index = Number(match[1]);
    if (index >= tableSize) return null;
    refs.push({ index, required: match[2] === '*' });
  }
  return refs;
}

/** The usual start of a service's ARN templates, abbreviated as `~` in the index. */
function arnPrefix(service: string): string {
  return `arn:\${Partition}:${service}:`;
}

/** Abbreviates an ARN template of `service`; templates never start with `~` (they start with `arn:`). */
export function encodeArn(service: string, arn: string): string {
  const prefix = arnPrefix(service);
  return arn.startsWith(prefix) ? `~${arn.slice(prefix.length)}` : arn;
}

/** Expands {@link encodeArn}. */
export function decodeArn(service: string, text: string): string {
  return text.startsWith('~') ? arnPrefix(service) + text.slice(1) : text;
}
