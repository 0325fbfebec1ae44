/** Action / NotAction matching (docs/iam-semantics.md §2.1). */
import { globMatcher } from './wildcard';

/** Does an Action/NotAction pattern match a request action? Case-insensitive, anchored. `*` matches all. */
export function actionMatches(pattern: string, action: string): boolean {
  // The glob runs over the whole `prefix:name` string: a wildcard in the service prefix is
  // legal (Access Analyzer only flags it), and anchoring stops `ec2:*VpcPeeringConnection`
  // from matching `ec2:RunInstances` as a prefix matcher would.
  return globMatcher(pattern, true)(action);
}
