/** Verified fixes for denied requests: the smallest changes that allow them, checked by evaluation. */

export { createFixFinder, findFixes, MAX_FIXES, type FixFinder } from './findFixes';
export { applyFix, type FixChange } from './placement';
export { MAX_EXPANSION } from './narrowDeny';
export type * from './types';
