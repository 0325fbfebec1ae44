/**
 * Shapes of the files in `generated/` (written by `scripts/build-catalog.ts`) and cheap runtime
 * checks for them. The checks look at structure and primitive types, not at every cross-reference:
 * decoding reports the rest (bad indices, length mismatches) as errors.
 */

/** Bumped whenever a generated file changes shape; loaders reject other formats. */
export const CATALOG_FORMAT = 1;

/** The short access levels shown in the UI, most specific first. */
export const SHORT_ACCESS_LEVELS = ['Permissions management', 'Tagging', 'Write', 'Read', 'List'] as const;

/** A short access level: the data's combined `Tagging, Write` becomes `Tagging`, and so on. */
export type ShortAccessLevel = (typeof SHORT_ACCESS_LEVELS)[number];

/**
 * One service in `index.json`:
 * `[prefix, name, resourceTypeNames, arnTemplates, actionNames, actionLevels, actionRefs]`.
 * - `resourceTypeNames[i]` / `arnTemplates[i]`: the service's resource-type table (ARNs encoded
 *   with `codec.encodeArn`).
 * - `actionNames`: `codec.encodeNames` of the action names, sorted case-insensitively.
 * - `actionLevels`: one base-36 digit per action, an index into `IndexFile.levels`.
 * - `actionRefs`: one `codec.encodeRefs` string per action, joined by spaces.
 */
export type IndexService = readonly [
  prefix: string,
  name: string,
  resourceTypeNames: readonly string[],
  arnTemplates: readonly string[],
  actionNames: string,
  actionLevels: string,
  actionRefs: string,
];

/** `generated/index.json`: everything the per-action table and whole-catalog analysis need. */
export interface IndexFile {
  readonly format: typeof CATALOG_FORMAT;
  /** Package the data comes from. */
  readonly source: string;
  /** That package's version. */
  readonly version: string;
  /** Date of the data (`YYYY-MM-DD`). */
  readonly date: string;
  /** Access levels exactly as the data spells them, each with its short form. */
  readonly levels: readonly (readonly [accessLevel: string, short: ShortAccessLevel])[];
  /** Word table for action names (see `codec.ts`). */
  readonly words: readonly string[];
  /** Services sorted by prefix. */
  readonly services: readonly IndexService[];
}

/** A condition key with its type (`String`, `ArrayOfARN`, `Bool`…) and description. */
export interface ConditionKeyEntry {
  /** As the data spells it; placeholders look like `${TagKey}` or `<key>`. */
  readonly key: string;
  readonly type: string;
  readonly description: string;
}

/** A resource type an action accepts, with what applies only when that type is used. */
export interface ShardActionResourceType {
  readonly name: string;
  readonly required: boolean;
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
}

/** An alternative set of resource types for one action (a few actions only). */
export interface ShardScenario {
  readonly name: string;
  readonly resourceTypes: readonly { readonly name: string; readonly required: boolean }[];
}

/** An action's details in a service shard. */
export interface ShardAction {
  readonly name: string;
  readonly description: string;
  /** Action-level condition keys (keys of the resource types are on `resourceTypes`). */
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
  readonly resourceTypes: readonly ShardActionResourceType[];
  readonly scenarios?: readonly ShardScenario[];
}

/** A service's resource type with its ARN template and condition keys. */
export interface ShardResourceType {
  readonly name: string;
  readonly arn: string;
  readonly conditionKeys: readonly string[];
}

/** `generated/services/<prefix>.json`: one service's details, loaded on demand. */
export interface ServiceShardFile {
  readonly format: typeof CATALOG_FORMAT;
  readonly prefix: string;
  readonly name: string;
  /** In the same order as the service's actions in the index. */
  readonly actions: readonly ShardAction[];
  readonly resourceTypes: readonly ShardResourceType[];
  readonly conditionKeys: readonly ConditionKeyEntry[];
}

/** A global condition key: also carries the category the data files it under. */
export interface GlobalConditionKeyEntry extends ConditionKeyEntry {
  /** `principal`, `session`, `network`, `resource` or `request`. */
  readonly category: string;
}

/** `generated/global-condition-keys.json`. */
export interface GlobalConditionKeysFile {
  readonly format: typeof CATALOG_FORMAT;
  readonly source: string;
  readonly version: string;
  readonly date: string;
  /** Sorted case-insensitively by key. */
  readonly keys: readonly GlobalConditionKeyEntry[];
}

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const arrayOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
const isStringArray = arrayOf(isString);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an object's listed fields; unknown extra fields are allowed (forward compatible). */
const shape =
  (fields: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check =>
  (value) => {
    if (!isRecord(value)) return false;
    for (const [name, check] of Object.entries(fields)) if (!check(value[name])) return false;
    for (const [name, check] of Object.entries(optional)) {
      if (value[name] !== undefined && !check(value[name])) return false;
    }
    return true;
  };

const isShortLevel: Check = (value) => (SHORT_ACCESS_LEVELS as readonly unknown[]).includes(value);
const isFormat: Check = (value) => value === CATALOG_FORMAT;

const isIndexService: Check = (value) =>
  Array.isArray(value) &&
  value.length === 7 &&
  isString(value[0]) &&
  isString(value[1]) &&
  isStringArray(value[2]) &&
  isStringArray(value[3]) &&
  isString(value[4]) &&
  isString(value[5]) &&
  isString(value[6]);

const isIndexFileShape = shape({
  format: isFormat,
  source: isString,
  version: isString,
  date: isString,
  levels: arrayOf((v) => Array.isArray(v) && v.length === 2 && isString(v[0]) && isShortLevel(v[1])),
  words: isStringArray,
  services: arrayOf(isIndexService),
});

const isConditionKeyEntry = shape({ key: isString, type: isString, description: isString });

const isServiceShardShape = shape({
  format: isFormat,
  prefix: isString,
  name: isString,
  actions: arrayOf(
    shape(
      {
        name: isString,
        description: isString,
        conditionKeys: isStringArray,
        dependentActions: isStringArray,
        resourceTypes: arrayOf(
          shape({
            name: isString,
            required: isBoolean,
            conditionKeys: isStringArray,
            dependentActions: isStringArray,
          }),
        ),
      },
      {
        scenarios: arrayOf(
          shape({ name: isString, resourceTypes: arrayOf(shape({ name: isString, required: isBoolean })) }),
        ),
      },
    ),
  ),
  resourceTypes: arrayOf(shape({ name: isString, arn: isString, conditionKeys: isStringArray })),
  conditionKeys: arrayOf(isConditionKeyEntry),
});

const isGlobalKeysShape = shape({
  format: isFormat,
  source: isString,
  version: isString,
  date: isString,
  keys: arrayOf(shape({ key: isString, type: isString, description: isString, category: isString })),
});

/** Whether `value` has the shape of `index.json` (of this {@link CATALOG_FORMAT}). */
export function isIndexFile(value: unknown): value is IndexFile {
  return isIndexFileShape(value);
}

/** Whether `value` has the shape of a `services/<prefix>.json` shard. */
export function isServiceShardFile(value: unknown): value is ServiceShardFile {
  return isServiceShardShape(value);
}

/** Whether `value` has the shape of `global-condition-keys.json`. */
export function isGlobalConditionKeysFile(value: unknown): value is GlobalConditionKeysFile {
  return isGlobalKeysShape(value);
}
