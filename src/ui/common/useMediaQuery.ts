import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following changes live (false where `matchMedia` is missing). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
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
