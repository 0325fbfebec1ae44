import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following changes live (false where `matchMedia` is missing). */
export function useMediaQuery(query: string): boolean {
  // One list per query: React reads the snapshot on every render, and `matchMedia` is not free.
  const list = useMemo(
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null),
    [query],
  );
  const subscribe = useCallback(
    (onChange: () => void) => {
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [list],
  );
  return useSyncExternalStore(
    subscribe,
    () => list?.matches ?? false,
    () => false,
  );
}

/**
 * Below this width the panes stack and the header's actions move into a menu. `styles.css` uses
 * the same width in its `@media (max-width: 999px)` rules.
 */
export const NARROW_QUERY = '(max-width: 999px)';

/** Whether the page is laid out for a narrow window (see {@link NARROW_QUERY}). */
export function useIsNarrow(): boolean {
  return useMediaQuery(NARROW_QUERY);
}
