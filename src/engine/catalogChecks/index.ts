/** Catalog-aware policy diagnostics: the catalog comes in as data through {@link CatalogView}. */
export { checkAgainstCatalog } from './checkAgainstCatalog';
export { CATALOG_DIAGNOSTIC_CODES, type CatalogDiagnosticCode } from './codes';
export {
  createCatalogView,
  type ActionKeysLike,
  type CatalogActionLike,
  type CatalogLike,
  type ConditionKeyTableLike,
  type ResourceTypeKeysLike,
  type ServiceDetailsLike,
} from './createCatalogView';
export { keyMatchesTemplate, parseKeyTemplate, type KeyTemplate } from './keyTemplate';
export { servicesToLoad } from './patterns';
export { UNLISTED_SERVICES } from './unlistedServices';
export type { CatalogView } from './view';
