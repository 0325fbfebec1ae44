/** How decisions read in the simulator: in full beside a result, short on a chip. */
import type { Decision } from '../../engine';

/** A decision in full, e.g. "Implicitly denied". */
export const DECISION_LABEL: Readonly<Record<Decision, string>> = {
  Allowed: 'Allowed',
  ExplicitDeny: 'Explicitly denied',
  ImplicitDeny: 'Implicitly denied',
};

/** A decision on a chip, e.g. "Implicit deny". */
export const DECISION_CHIP: Readonly<Record<Decision, string>> = {
  Allowed: 'Allowed',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny',
};
