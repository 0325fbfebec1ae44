/** Bootstrap: one store, the React tree, and the test API. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { PlaygroundStoreContext } from './state/hooks';
import { createPlaygroundStore } from './state/store';
import { installTestApi } from './testing/testApi';
import { App } from './ui/App';
import './ui/styles.css';

const store = createPlaygroundStore();
installTestApi(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PlaygroundStoreContext.Provider value={store}>
        <App />
      </PlaygroundStoreContext.Provider>
    </StrictMode>,
  );
}
