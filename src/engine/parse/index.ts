/** Public surface of the policy parser. */
export { parsePolicy } from './parsePolicy';
export { DIAGNOSTIC_CODES, type DiagnosticCode, type DiagnosticCodeInfo } from './diagnosticCodes';
export { createLineIndex, type LineIndex } from '../json/lineIndex';
