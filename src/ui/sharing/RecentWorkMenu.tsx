/**
 * "Recent work": the header's menu of the scenarios something replaced (a link, an example, an
 * import, a restore, another tab), newest first, each with its time, what replaced it, a one-line
 * summary and "Restore". Saved work this version cannot open is listed too, to download or
 * remove. A disclosure (WAI-ARIA): the button has `aria-expanded`, opening focuses the first
 * action, Escape closes and returns focus to the button, as does leaving it by Tab or a click
 * elsewhere.
 */
import { useEffect, useId, useRef, useState } from 'react';

import { usePlayground } from '../../state/hooks';
import type { RecentWorkItem } from '../../state/slices/sharing';
import { downloadText } from './download';
import { useSharing } from './SharingContext';

/** A time as the person's locale writes it, e.g. "3 Mar 2025, 14:05". */
function formatTime(savedAt: number): string {
  return new Date(savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One entry and its actions. `onRestore` runs after the restore has been asked for. */
function RecentWorkEntry({ item, onRestore }: { item: RecentWorkItem; onRestore: () => void }) {
  const sharing = useSharing();
  const summaryId = useId();
  return (
    <li className="recent-entry" data-testid="recent.entry">
      <div className="recent-meta">
        <time dateTime={new Date(item.savedAt).toISOString()}>{formatTime(item.savedAt)}</time>
        {' · '}
        {item.label}
      </div>
      <div className={`recent-summary${item.readable ? '' : ' is-unreadable'}`} id={summaryId}>
        {item.summary}
      </div>
      <div className="recent-actions">
        {item.readable ? (
          <button
            type="button"
            className="small-button"
            aria-describedby={summaryId}
            disabled={!sharing}
            onClick={() => {
              onRestore();
              void sharing?.restoreRecent(item.id);
            }}
          >
            Restore
          </button>
        ) : (
          <button
            type="button"
            className="small-button"
            aria-describedby={summaryId}
            disabled={!sharing}
            data-menu-keep-open
            onClick={() => {
              const text = sharing?.recentText(item.id);
              if (typeof text === 'string')
                downloadText('iam-playground-unreadable-work.txt', text, 'text/plain');
            }}
          >
            Download its text
          </button>
        )}
        {!item.readable && (
          <button
            type="button"
            className="small-button"
            aria-describedby={summaryId}
            disabled={!sharing}
            data-menu-keep-open
            onClick={() => sharing?.forgetRecent(item.id)}
          >
            Remove
          </button>
        )}
      </div>
    </li>
  );
}

/** The button and its panel, for the header's tool area. */
export function RecentWorkMenu() {
  const items = usePlayground((s) => s.recentWork);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    (panel.current?.querySelector<HTMLElement>('button:not([disabled])') ?? panel.current)?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={wrapper}
      className="recent-work"
      onKeyDown={(e) => {
        if (!open || e.key !== 'Escape') return;
        // The header's own menu (narrow windows) closes on the next Escape, not this one.
        e.preventDefault();
        e.stopPropagation();
        close(true);
      }}
      onBlur={(e) => {
        const next = e.relatedTarget;
        if (open && next && !wrapper.current?.contains(next as Node)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="small-button"
        aria-expanded={open}
        aria-controls={panelId}
        data-menu-keep-open
        data-testid="recent.toggle"
        title="Work that a link, an example, an import or a restore replaced, kept in this browser"
        onClick={() => setOpen(!open)}
      >
        Recent work{items.length > 0 ? ` (${items.length})` : ''}
      </button>
      <div
        id={panelId}
        ref={panel}
        className="recent-panel"
        role="region"
        aria-label="Recent work"
        tabIndex={-1}
        hidden={!open}
        data-testid="recent.panel"
      >
        {items.length === 0 ? (
          <p className="muted">
            Nothing yet. When a link, an example, an import or a restore replaces your work, it is kept here.
          </p>
        ) : (
          <ul className="recent-list">
            {items.map((item) => (
              <RecentWorkEntry key={item.id} item={item} onRestore={() => close(true)} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
