/** The one wording of a duplicate-key diagnostic, shared by policies and scenario files. */
import { quote } from './context';

/** The message of `duplicate-key`: the same for a policy's text and a scenario file. */
export function duplicateKeyMessage(key: string): string {
  return `Duplicate key ${quote(key)}: the same key must not appear twice in one JSON object.`;
}
