/** Guardrails: can a principal escape its permissions boundary? Each answer carries its proof. */

export { checkGuardrails, type GuardrailOptions } from './checkGuardrails';
export { insertStatements, type InsertResult } from './insertStatements';
export * from './types';
