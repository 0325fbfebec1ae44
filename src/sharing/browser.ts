/**
 * The browser side of {@link SharingEnvironment}: `location.hash`, `history.replaceState`, window
 * events, and the `storage` event other tabs' writes fire here.
 */
import type { SharingEnvironment } from './sync';

/** The environment of the running page. */
export function browserEnvironment(): SharingEnvironment {
  return {
    hash: () => window.location.hash,
    replaceHash: (hash) => {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    },
    listen: (type, listener) => {
      window.addEventListener(type, listener);
      return () => window.removeEventListener(type, listener);
    },
    listenStorage: (listener) => {
      const onStorage = (event: StorageEvent) => listener(event.key, event.newValue);
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
