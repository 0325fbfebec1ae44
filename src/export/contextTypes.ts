/**
 * `ContextKeyType` for simulate-custom-policy's `--context-entries`. The scenario stores values
 * as text, so the type comes from the key: a few global keys have a non-string type, the rest
 * are `string` (`stringList` for several values).
 */

/** The simulator's context key types (IAM API `ContextEntry.ContextKeyType`). */
export const CONTEXT_KEY_TYPES = ['string', 'numeric', 'boolean', 'ip', 'binary', 'date'] as const;

/** One base type; lists are written `${type}List`. */
export type ContextKeyBaseType = (typeof CONTEXT_KEY_TYPES)[number];

// Documented choice: types of the global condition keys as the IAM User Guide's global condition
// key reference lists them; aws:EpochTime is "Date or Numeric" there and numeric here, since the
// playground's values for it are seconds. Other keys default to string.
const GLOBAL_KEY_TYPES: Readonly<Record<string, ContextKeyBaseType>> = {
  'aws:currenttime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:epochtime': 'numeric',
  'aws:multifactorauthage': 'numeric',
  'aws:multifactorauthpresent': 'boolean',
  'aws:securetransport': 'boolean',
  'aws:viaawsservice': 'boolean',
  'aws:principalisawsservice': 'boolean',
  'aws:sourceip': 'ip',
  'aws:vpcsourceip': 'ip',
};

/** The base type of a context key, by its (case-insensitive) name. */
export function defaultContextKeyType(key: string): ContextKeyBaseType {
  return GLOBAL_KEY_TYPES[key.toLowerCase()] ?? 'string';
}
