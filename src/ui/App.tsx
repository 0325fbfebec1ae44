/** The page layout. No logic lives here: panels read what they need from the store. */
import { useState } from 'react';

import { usePlayground, usePlaygroundActions } from '../state/hooks';
import { Splitter } from './common/Splitter';
import { EditorsArea } from './editor/EditorsArea';
import { HelpDialog } from './help/HelpDialog';
import { useShortcuts } from './help/useShortcuts';
import { PrincipalBar } from './principal/PrincipalBar';
import { ResultsArea } from './results/ResultsArea';
import { ExamplesGallery } from './sharing/ExamplesGallery';
import { SharingBanners } from './sharing/SharingBanners';
import { SharingTools } from './sharing/SharingTools';
import { TransferButtons } from './transfer/TransferButtons';

/** The whole playground. */
export function App() {
  const [split, setSplit] = useState(0.44);
  const { setHelpOpen } = usePlaygroundActions();
  useShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <h1>IAM Policy Playground</h1>
        <p className="tagline">What an identity policy and a permissions boundary allow together, and why.</p>
        <div className="header-tools">
          <SharingTools />
          <TransferButtons />
          <button
            type="button"
            className="small-button"
            onClick={() => setHelpOpen(true)}
            title="Keyboard shortcuts (?)"
          >
            Help
          </button>
        </div>
      </header>
      <SharingBanners />
      <PrincipalBar />
      <main className="app-main" style={{ gridTemplateColumns: `${split}fr 6px ${1 - split}fr` }}>
        <EditorsArea />
        <Splitter value={split} min={0.25} max={0.7} onChange={setSplit} label="Resize editors and results" />
        <ResultsArea />
      </main>
      <Footer />
      <HelpDialog />
      <ExamplesGallery />
    </div>
  );
}

function Footer() {
  const catalog = usePlayground((s) => s.catalog);
  const catalogError = usePlayground((s) => s.catalogError);
  return (
    <footer className="app-footer">
      <span>Runs entirely in your browser; nothing you type leaves this page.</span>
      <span data-testid="catalog-version">
        {catalog
          ? `AWS catalog: ${catalog.actions.length.toLocaleString('en')} actions in ${catalog.services.length} services · ${catalog.source} ${catalog.version} (${catalog.date})`
          : catalogError
            ? `AWS catalog failed to load: ${catalogError}`
            : 'Loading the AWS catalog…'}
      </span>
    </footer>
  );
}
