/** Bootstrap: one store, the evaluation worker and its effects, the React tree, the test API. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { loadBrowserCatalog } from './data/browserCatalog';
import { loadBundledManagedPolicies } from './managed-policies/bundled';
import { browserStorageBackend, createRunGuard, createStorage } from './persistence';
import { browserEnvironment, startSharing } from './sharing';
import { startEvaluationEffects } from './state/effects';
import { PlaygroundStoreContext } from './state/hooks';
import { createPlaygroundStore } from './state/store';
import { installTestApi } from './testing/testApi';
import { App } from './ui/App';
import { EmbedApp } from './ui/embed/EmbedApp';
import { SharingContext } from './ui/sharing/SharingContext';
import { createEvaluationClient } from './worker/client';
import './ui/styles.css';

const store = createPlaygroundStore();
installTestApi(store);

const client = createEvaluationClient(
  () =>
    new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'evaluation' }),
  // If the worker cannot run, the same handler runs here, loaded only then.
  () =>
    import('./worker/handler').then(({ createRequestHandler }) => createRequestHandler(loadBrowserCatalog)),
);

// `?embed` is the read-only view for iframes: it neither reads nor writes the person's saved work.
const embed = new URLSearchParams(window.location.search).has('embed');
const backend = embed ? null : browserStorageBackend();
const sharing = startSharing(store, {
  storage: createStorage(backend),
  loadLibrary: loadBundledManagedPolicies,
  environment: browserEnvironment(),
  embed,
});

// A session that froze while evaluating its work must not freeze again on reopening it.
const guard = createRunGuard(backend);
if (guard.interrupted) {
  guard.end();
  store
    .getState()
    .actions.setPaused(
      'The previous session stopped before this scenario finished evaluating, so it is shown without results. Check it, then evaluate it.',
    );
}
window.addEventListener('pagehide', () => guard.end());
// Nothing is evaluated before the start-up state is in the store.
startEvaluationEffects(store, client, { ready: sharing.ready, guard });

// The catalog feeds the table's names; it loads after first paint, off the initial chunk.
requestAnimationFrame(() => {
  loadBrowserCatalog().then(
    (catalog) => {
      performance.mark('iam:catalog');
      store.getState().actions.setCatalog(catalog);
    },
    (error: unknown) =>
      store.getState().actions.setCatalogError(error instanceof Error ? error.message : String(error)),
  );
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PlaygroundStoreContext.Provider value={store}>
        <SharingContext.Provider value={sharing}>{embed ? <EmbedApp /> : <App />}</SharingContext.Provider>
      </PlaygroundStoreContext.Provider>
    </StrictMode>,
  );
}
