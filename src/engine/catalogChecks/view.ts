/**
 * The little the catalog checks need to know about the AWS action catalog, as a synchronous
 * interface: the engine takes the catalog as data and never imports `src/catalog`. Build one with
 * `createCatalogView` from the catalog and its already-loaded pieces.
 */

/**
 * A synchronous snapshot of the catalog. All lookups are case-insensitive. The checks cache
 * derived data per view object, so a view must not change once built: build a new one when more
 * service details or the global keys have loaded.
 */
export interface CatalogView {
  /** Every service prefix, lower-case (for "did you mean" on unknown prefixes). */
  readonly servicePrefixes: readonly string[];
  /** Whether a service with this prefix exists. */
  hasService(prefix: string): boolean;
  /** Whether the action `service:Name` exists. */
  hasAction(fullName: string): boolean;
  /** Full names of the actions a glob (`*`, `?`; anchored) matches. */
  actionsMatching(pattern: string): readonly string[];
  /** The nearest known action to a misspelt `service:Name`, as its full name. */
  suggest(fullName: string): string | undefined;
  /**
   * Condition keys the action supports, as the data spells them (templates such as
   * `aws:ResourceTag/${TagKey}` or `s3:ExistingObjectTag/<key>` included): its own keys plus
   * those of the resource types it accepts. Undefined when the action is unknown or its
   * service's details are not loaded.
   */
  actionConditionKeys(fullName: string): readonly string[] | undefined;
  /**
   * Whether the key is a global condition key (templates understood: `aws:RequestTag/team`);
   * undefined when the global keys are not loaded.
   */
  isGlobalConditionKey(key: string): boolean | undefined;
}
