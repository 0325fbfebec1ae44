/**
 * The loaders of every service's catalog details (one chunk each). The map names ~450 chunks,
 * about 50 KB of JavaScript, so it is a module of its own that loads with the catalog instead of
 * sitting in the first JavaScript.
 */
export const serviceShards = import.meta.glob<unknown>('../catalog/generated/services/*.json', {
  import: 'default',
});
