import { useEffect } from 'react';

import { usePlaygroundActions } from '../../state/hooks';
import { SHORTCUTS } from './shortcuts';

/** Binds the app's keyboard shortcuts to the store's actions. */
export function useShortcuts(): void {
  const { setHelpOpen, setResultsView, selectAction } = usePlaygroundActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      let handled = true;
      if (SHORTCUTS.help.matches(e)) setHelpOpen(true);
      else if (SHORTCUTS.table.matches(e)) setResultsView('table');
      else if (SHORTCUTS.simulator.matches(e)) setResultsView('simulator');
      else if (SHORTCUTS.effective.matches(e)) setResultsView('effective');
      else if (SHORTCUTS.guardrails.matches(e)) setResultsView('guardrails');
      else if (SHORTCUTS.search.matches(e)) {
        setResultsView('table');
        requestAnimationFrame(() =>
          document.querySelector<HTMLInputElement>('[data-testid="table.search"]')?.focus(),
        );
      } else if (SHORTCUTS.escape.matches(e)) {
        selectAction(null);
        handled = false;
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setHelpOpen, setResultsView, selectAction]);
}
