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

import type { Catalog } from '../../catalog';
import { loadBrowserCatalog } from '../../data/browserCatalog';
import { installPolicyLanguage } from './language';
import { installLinkGuard } from './linkGuard';
import { POLICY_JSON_SCHEMA, POLICY_MODEL_PREFIX, POLICY_SCHEMA_URI } from './policySchema';

// Without getWorker Monaco tries to resolve its worker scripts by path and logs an error.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/** Documents above this size get no JSON schema validation (the engine still checks them). */
const SCHEMA_SIZE_LIMIT = 200_000;
const schemaExcluded = new Set<string>();

function applySchemaOptions(): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [
      {
        uri: POLICY_SCHEMA_URI,
        // Monaco's JSON service overflows its stack validating a schema against a megabyte-sized
        // document; such documents are left to the engine's own diagnostics.
        fileMatch: [`${POLICY_MODEL_PREFIX}*`, ...[...schemaExcluded].map((uri) => `!${uri}`)],
        schema: POLICY_JSON_SCHEMA,
      },
    ],
  });
}
applySchemaOptions();

/** Turns schema validation off for a model whose text is huge, and back on when it shrinks. */
export function fitSchemaValidation(model: monaco.editor.ITextModel): void {
  const uri = model.uri.toString();
  const tooLarge = model.getValueLength() > SCHEMA_SIZE_LIMIT;
  if (tooLarge === schemaExcluded.has(uri)) return;
  if (tooLarge) schemaExcluded.add(uri);
  else schemaExcluded.delete(uri);
  applySchemaOptions();
}

// The IAM completion provider offers element keys and Effect values itself; the schema's would
// list them twice.
jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, completionItems: false });

// IAM-aware completion, hover and quick fixes; the catalog arrives after first paint.
let catalog: Catalog | null = null;
void loadBrowserCatalog().then((loaded) => {
  catalog = loaded;
});
installPolicyLanguage(() => catalog);
installLinkGuard();

export { monaco };
