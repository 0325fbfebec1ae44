/**
 * The header's actions: in a row on wide windows; on narrow ones (see `NARROW_QUERY`) behind a
 * "Menu" button that discloses them (the WAI-ARIA disclosure pattern: `aria-expanded`, Escape
 * closes and returns focus to the button, the first action takes focus on opening).
 */
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';

import { useIsNarrow } from './useMediaQuery';

/** Props of {@link HeaderMenu}. */
export interface HeaderMenuProps {
  /**
   * The actions. A click on a button closes the menu and returns focus to "Menu" (so a dialog
   * it opens hands focus back there), unless the button is inside `[data-menu-keep-open]`
   * (e.g. "Copy link", whose status shows next to it).
   */
  readonly children: ReactNode;
}

/** The header's tool area, collapsing into a menu on narrow windows. */
export function HeaderMenu({ children }: HeaderMenuProps) {
  const narrow = useIsNarrow();
  const [open, setOpen] = useState(false);
  // Widening the window forgets an open menu, so narrowing it again does not reopen it.
  const [wasNarrow, setWasNarrow] = useState(narrow);
  if (wasNarrow !== narrow) {
    setWasNarrow(narrow);
    setOpen(false);
  }
  const expanded = narrow && open;
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };

  useEffect(() => {
    if (!expanded) return;
    panel.current?.querySelector<HTMLElement>('button:not([disabled]), [href], input')?.focus();
    // A press anywhere outside closes it (the toggle handles its own clicks).
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [expanded]);

  // Events from dialogs the actions render elsewhere (portals) bubble here through React: only
  // what happens inside the panel itself counts.
  const inPanel = (target: EventTarget) => panel.current?.contains(target as Node) ?? false;

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!expanded || !inPanel(e.target)) return;
    const button = (e.target as Element).closest('button');
    if (button && !button.closest('[data-menu-keep-open]')) close(true);
  };

  return (
    <div className="header-menu">
      {narrow && (
        <button
          ref={toggle}
          type="button"
          className="small-button header-menu-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          data-testid="header.menu"
        >
          Menu <span aria-hidden="true">▾</span>
        </button>
      )}
      <div
        id={panelId}
        ref={panel}
        className={`header-tools${narrow ? ' is-menu' : ''}`}
        hidden={narrow && !expanded}
        onClick={onClick}
        onKeyDown={(e) => {
          if (expanded && e.key === 'Escape' && inPanel(e.target)) {
            e.preventDefault();
            close(true);
          }
        }}
        onBlur={(e) => {
          // Tabbing out of the open menu closes it.
          const next = e.relatedTarget;
          if (expanded && next && !inPanel(next) && !toggle.current?.contains(next as Node)) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
