/** Entry point of the permalink layer: the link codec, its state schema and the hash router. */
export {
  decodePermalink,
  encodePermalink,
  isLinkTooLong,
  MAX_HASH_LENGTH,
  MAX_LINK_LENGTH,
  MAX_PAYLOAD_BYTES,
  permalinkLength,
  sharedStateProblem,
  validateSharedState,
} from './codec';
export {
  PERMALINK_ERROR_CODES,
  type DecodeResult,
  type PermalinkError,
  type PermalinkErrorCode,
} from './errors';
export { CURRENT_FORMAT, LEGACY_NAMES } from './migrations';
export { EXAMPLE_ID_PATTERN, parseHashRoute, type HashRoute } from './route';
export {
  DEFAULT_SHARED_STATE,
  EC2_BOUNDARY_TEXT,
  LIMITS,
  type PolicySource,
  type SharedOrgLevel,
  type SharedRequest,
  type SharedResourcePolicy,
  type SharedState,
  type TableFilters,
} from './schema';
export { readWirePayload, type PayloadProblem, type PayloadResult } from './validate';
export { toWirePayload, type WirePayload } from './wire';
