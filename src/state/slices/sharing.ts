import type { StateCreator } from 'zustand';

import type { PlaygroundState } from '../store';

/**
 * What a banner is about; one banner per kind is shown at a time. `restore`: replaced work was
 * kept in Recent work; `saved-work`: the saved work could not be opened; `other-tab`: another
 * tab changed the saved work; `limit`: a change was refused because a link could not hold it.
 */
export type BannerKind =
  'link-error' | 'restore' | 'storage' | 'managed' | 'saved-work' | 'other-tab' | 'limit';

/** A notice above the playground, e.g. why a link could not be opened. */
export interface Banner {
  readonly kind: BannerKind;
  /** Plain text: never interpreted as HTML. */
  readonly message: string;
}

/** One entry of Recent work, as the menu shows it. */
export interface RecentWorkItem {
  readonly id: string;
  /** When it was replaced, in milliseconds since the epoch. */
  readonly savedAt: number;
  /** What replaced it, e.g. "Replaced by a link". */
  readonly label: string;
  /** One line: the caller and the policies' names (plain text), or why it cannot be opened. */
  readonly summary: string;
  /** False for stored text this version cannot open: it can be downloaded or removed, not restored. */
  readonly readable: boolean;
}

/** Sharing state: banners, the gallery, the current link, Recent work. */
export interface SharingSlice {
  /**
   * Notices from opening links, the autosave and storage.
   * @default []
   */
  banners: readonly Banner[];
  /** @default false */
  galleryOpen: boolean;
  /**
   * The gallery example that was opened last, whose story the app shows; null once another
   * scenario replaces it (a link, an import, a reset).
   * @default null
   */
  activeExample: string | null;
  /**
   * The fragment (without `#`) the address bar holds for the current state, once computed.
   * @default ''
   */
  currentLink: string;
  /**
   * Recent work, newest first (kept in step with storage by the sharing sync).
   * @default []
   */
  recentWork: readonly RecentWorkItem[];
}

/** Actions of the sharing slice. */
export interface SharingActions {
  /** Shows a banner of this kind (replacing one of the same kind), or hides it with null. */
  setBanner(kind: BannerKind, message: string | null): void;
  setGalleryOpen(open: boolean): void;
  setActiveExample(id: string | null): void;
  setCurrentLink(link: string): void;
  setRecentWork(items: readonly RecentWorkItem[]): void;
}

/** Creates the sharing slice. */
export function createSharingSlice(): StateCreator<
  PlaygroundState,
  [],
  [],
  SharingSlice & { actions: SharingActions }
> {
  return (set) => ({
    banners: [],
    galleryOpen: false,
    activeExample: null,
    currentLink: '',
    recentWork: [],
    actions: {
      setBanner: (kind, message) =>
        set((s) => {
          const current = s.banners.find((b) => b.kind === kind);
          if (current?.message === message || (current === undefined && message === null)) return {};
          return {
            banners: [
              ...s.banners.filter((b) => b.kind !== kind),
              ...(message === null ? [] : [{ kind, message }]),
            ],
          };
        }),
      setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
      setActiveExample: (activeExample) => set({ activeExample }),
      setCurrentLink: (currentLink) => set({ currentLink }),
      setRecentWork: (recentWork) => set({ recentWork }),
    },
  });
}
