/** Public types of the decoded catalog (see `index.ts` for the API that hands them out). */

import type { ConditionKeyEntry, GlobalConditionKeyEntry, ShardAction, ShortAccessLevel } from './schema';

/** An error as a value: what went wrong, for whom. */
export interface CatalogError {
  readonly code: 'unknown-service' | 'load-failed' | 'invalid-data' | 'no-loader';
  readonly message: string;
}

/** Result of an operation that may fail for reasons outside the caller's control. */
export type CatalogResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CatalogError };

/** A resource type as one action accepts it. Shared between actions: never mutate. */
export interface ActionResourceType {
  /** Resource type name as the data spells it (`object`, `bucket`, `role`). */
  readonly name: string;
  /** ARN template, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  readonly arn: string;
  /** Marked `*` (required) in the Service Authorization Reference. */
  readonly required: boolean;
}

/** A resource type of a service. */
export interface ServiceResourceType {
  readonly name: string;
  readonly arn: string;
}

/** One action of the catalog, as the per-action table and the analysis use it. */
export interface CatalogAction {
  /** Position in `Catalog.actions`: a dense id for bitsets and typed arrays. */
  readonly id: number;
  /** Service prefix, e.g. `s3`. */
  readonly service: string;
  /** Action name in its original case, e.g. `GetObject`. */
  readonly name: string;
  /** `service:Name`, e.g. `s3:GetObject`. */
  readonly fullName: string;
  /** Exactly as the data has it: `Read`, `List`, `Write`, `Tagging, Write`, `Permissions management, Write`. */
  readonly accessLevel: string;
  /** Short form of {@link accessLevel}. */
  readonly level: ShortAccessLevel;
  /** The action accepts no resource type, only `"Resource": "*"`. */
  readonly wildcardOnly: boolean;
  /** Resource types the action accepts, sorted by name; empty when {@link wildcardOnly}. */
  readonly resourceTypes: readonly ActionResourceType[];
}

/** One service of the catalog. */
export interface CatalogService {
  /** Service prefix as used in actions, e.g. `s3`. */
  readonly prefix: string;
  /** Display name, e.g. `Amazon S3`. */
  readonly name: string;
  /** The service's actions, sorted case-insensitively by name (a slice of `Catalog.actions`). */
  readonly actions: readonly CatalogAction[];
  /** The service's resource types, sorted case-insensitively by name. */
  readonly resourceTypes: readonly ServiceResourceType[];
}

/** Condition keys with a case-insensitive lookup that understands `${TagKey}`-style placeholders. */
export interface ConditionKeyTable<T extends ConditionKeyEntry = ConditionKeyEntry> {
  /** All keys, sorted case-insensitively. */
  readonly all: readonly T[];
  /**
   * The entry for a key as written in a policy: exact (case-insensitive) match first, else the
   * template it instantiates (`aws:RequestTag/team` → `aws:RequestTag/${TagKey}`).
   */
  find(key: string): T | undefined;
}

/** Details of one action, from its service shard. */
export type ActionDetails = ShardAction;

/** A service's lazily loaded details. */
export interface ServiceDetails {
  readonly prefix: string;
  readonly name: string;
  /** In the same order as `CatalogService.actions`. */
  readonly actions: readonly ActionDetails[];
  /** Case-insensitive lookup by action name (without the prefix). */
  action(name: string): ActionDetails | undefined;
  /** Resource types with ARN templates and their condition keys. */
  readonly resourceTypes: readonly {
    readonly name: string;
    readonly arn: string;
    readonly conditionKeys: readonly string[];
  }[];
  /** The service's condition keys with types and descriptions. */
  readonly conditionKeys: ConditionKeyTable;
}

/** The global condition keys (`aws:*`, plus a few cross-service keys such as `ec2:SourceInstanceArn`). */
export type GlobalConditionKeys = ConditionKeyTable<GlobalConditionKeyEntry>;
