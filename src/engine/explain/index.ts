/** Explanations: AccessDenied messages and the wording of layers and mismatch reasons. */

export { formatAccessDenied, type AccessDeniedInput } from './message';
export { describeLayer, describeReason, describeSkip } from './wording';
