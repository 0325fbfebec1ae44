/**
 * Loads Monaco from the app's own bundle (never a CDN) with only what a JSON editor needs, and
 * wires its web workers the Vite way. This module is reached only through a dynamic import, so
 * Monaco stays out of the initial chunk.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

import { POLICY_JSON_SCHEMA, POLICY_MODEL_PREFIX, POLICY_SCHEMA_URI } from './policySchema';

// Without getWorker Monaco tries to resolve its worker scripts by path and logs an error.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemaValidation: 'error',
  schemas: [{ uri: POLICY_SCHEMA_URI, fileMatch: [`${POLICY_MODEL_PREFIX}*`], schema: POLICY_JSON_SCHEMA }],
});

export { monaco };
