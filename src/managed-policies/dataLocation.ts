/**
 * Where `node.ts` finds the generated managed policies: `generated/` beside this file in the
 * repository. The package build (`scripts/build-package.ts`) replaces this module in the bundle by
 * one that points at the copy shipped beside it, because every bundled module shares the
 * bundle's `import.meta.url`.
 */
export const DATA_URL = new URL('./generated/', import.meta.url);
