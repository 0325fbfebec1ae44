import type { StateCreator } from 'zustand';

import type { PlaygroundState } from '../store';

/** What a banner is about; one banner per kind is shown at a time. */
export type BannerKind = 'link-error' | 'restore' | 'storage' | 'managed';

/** A notice above the playground, e.g. why a link could not be opened. */
export interface Banner {
  readonly kind: BannerKind;
  /** Plain text: never interpreted as HTML. */
  readonly message: string;
}

/** Sharing state: banners, the gallery, the current link. */
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
}

/** Actions of the sharing slice. */
export interface SharingActions {
  /** Shows a banner of this kind (replacing one of the same kind), or hides it with null. */
  setBanner(kind: BannerKind, message: string | null): void;
  setGalleryOpen(open: boolean): void;
  setActiveExample(id: string | null): void;
  setCurrentLink(link: string): void;
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
    actions: {
      setBanner: (kind, message) =>
        set((s) => ({
          banners: [
            ...s.banners.filter((b) => b.kind !== kind),
            ...(message === null ? [] : [{ kind, message }]),
          ],
        })),
      setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
      setActiveExample: (activeExample) => set({ activeExample }),
      setCurrentLink: (currentLink) => set({ currentLink }),
    },
  });
}
