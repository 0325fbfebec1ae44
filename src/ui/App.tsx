/** The page layout. No logic lives here: panels read what they need from the store. */
import { lazy, Suspense } from 'react';

import { usePlayground, usePlaygroundActions } from '../state/hooks';
import { HeaderMenu } from './common/HeaderMenu';
import { DialogBoundary, PanelBoundary } from './common/PanelBoundary';
import { SPLITS } from './common/splits';
import { SplitView } from './common/SplitView';
import { EditorsArea } from './editor/EditorsArea';
import { useShortcuts } from './help/useShortcuts';
import { PrincipalBar } from './principal/PrincipalBar';
import { ResultsArea } from './results/ResultsArea';
import { SharingBanners } from './sharing/SharingBanners';
import { SharingTools } from './sharing/SharingTools';
import { TransferButtons } from './transfer/TransferButtons';
import { formatCount } from '../engine';

// Dialogs load after the first JavaScript: they are not needed to show the first results.
const HelpDialog = lazy(() => import('./help/HelpDialog').then((m) => ({ default: m.HelpDialog })));
const ExamplesGallery = lazy(() =>
  import('./sharing/ExamplesGallery').then((m) => ({ default: m.ExamplesGallery })),
);

/** The whole playground. */
export function App() {
  const helpOpen = usePlayground((s) => s.helpOpen);
  const galleryOpen = usePlayground((s) => s.galleryOpen);
  const { setHelpOpen, setGalleryOpen } = usePlaygroundActions();
  useShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <h1>IAM Policy Playground</h1>
        <p className="tagline">What an identity policy and a permissions boundary allow together, and why.</p>
        <HeaderMenu>
          <SharingTools />
          <TransferButtons />
          <button
            type="button"
            className="small-button"
            onClick={() => setHelpOpen(true)}
            title="What a permissions boundary is, and keyboard shortcuts (?)"
          >
            Help
          </button>
        </HeaderMenu>
      </header>
      <SharingBanners />
      <PrincipalBar />
      <SplitView
        as="main"
        className="app-main"
        {...SPLITS.columns}
        first={
          <PanelBoundary name="editors" label="The editors">
            <EditorsArea />
          </PanelBoundary>
        }
        second={
          <PanelBoundary name="results" label="The results">
            <ResultsArea />
          </PanelBoundary>
        }
      />
      <Footer />
      <DialogBoundary name="help" label="Help" open={helpOpen} onClose={() => setHelpOpen(false)}>
        <Suspense fallback={null}>
          <HelpDialog />
        </Suspense>
      </DialogBoundary>
      <DialogBoundary
        name="gallery"
        label="Examples"
        open={galleryOpen}
        onClose={() => setGalleryOpen(false)}
      >
        <Suspense fallback={null}>
          <ExamplesGallery />
        </Suspense>
      </DialogBoundary>
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
          ? `AWS catalog: ${formatCount(catalog.actions.length)} actions in ${catalog.services.length} services · ${catalog.source} ${catalog.version} (${catalog.date})`
          : catalogError
            ? `AWS catalog failed to load: ${catalogError}`
            : 'Loading the AWS catalog…'}
      </span>
    </footer>
  );
}
