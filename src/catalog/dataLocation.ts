/**
 * Where the Node loaders find the generated catalog: `src/catalog/generated/` in the repository.
 * The package build (`scripts/build-package.ts`) replaces this module in the bundle by one that
 * points at the copy shipped beside it, because every bundled module shares the bundle's
 * `import.meta.url`.
 */
export const DATA_URL = new URL('./generated/', import.meta.url);
