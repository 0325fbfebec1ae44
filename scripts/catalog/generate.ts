/**
 * Turns the normalised source data into the text of every generated file. Pure: same input, same
 * bytes (everything sorted, no timestamps but the data's own date), which is what `--check`
 * compares.
 */

import { encodeArn, encodeNames, encodeRefs, splitWords } from '../../src/catalog/codec';
import { decodeIndex } from '../../src/catalog/decode';
import type {
  GlobalConditionKeysFile,
  IndexFile,
  IndexService,
  ServiceShardFile,
  ShortAccessLevel,
} from '../../src/catalog/schema';
import { CATALOG_FORMAT, SHORT_ACCESS_LEVELS } from '../../src/catalog/schema';
import type { SourceGlobalKey } from './globalKeys';
import type { SourceData, SourceService } from './source';
import { compareKeys } from './source';

/** Paths (relative to the generated folder, `/`-separated) mapped to file contents. */
export type GeneratedFiles = ReadonlyMap<string, string>;

/** Path of the index inside the generated folder. */
export const INDEX_PATH = 'index.json';
/** Path of the global condition keys inside the generated folder. */
export const GLOBAL_KEYS_PATH = 'global-condition-keys.json';
/** Path of a service shard inside the generated folder. */
export const shardPath = (prefix: string): string => `services/${prefix}.json`;

/** Size of the word table: measured, ~200 words save ~12 KB gzip on the index; more saves little. */
const WORD_COUNT = 200;

/** Short form of a data access level such as `Tagging, Write`; throws on an unknown level. */
export function shortLevel(accessLevel: string): ShortAccessLevel {
  const parts = accessLevel.split(',').map((part) => part.trim());
  const known = SHORT_ACCESS_LEVELS.find((level) => parts.includes(level));
  if (
    known === undefined ||
    parts.some((part) => !(SHORT_ACCESS_LEVELS as readonly string[]).includes(part))
  ) {
    throw new Error(`unknown access level "${accessLevel}": extend SHORT_ACCESS_LEVELS`);
  }
  return known;
}

/** The words whose replacement by one character saves the most, ties broken by code units. */
function chooseWords(services: readonly SourceService[]): string[] {
  const counts = new Map<string, number>();
  for (const service of services) {
    for (const action of service.actions) {
      for (const word of splitWords(action.name)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([word, count]) => word.length > 1 && count > 1)
    .map(([word, count]) => ({ word, score: count * (word.length - 1) }))
    .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
    .slice(0, WORD_COUNT)
    .map((entry) => entry.word);
}

function encodeService(
  service: SourceService,
  words: readonly string[],
  levelIndex: ReadonlyMap<string, number>,
) {
  const typeIndex = new Map(service.resourceTypes.map((type, i) => [type.name, i]));
  for (const type of service.resourceTypes) {
    if (type.arn.startsWith('~')) throw new Error(`${service.prefix}: ARN template starts with ~`);
  }
  const tuple: IndexService = [
    service.prefix,
    service.name,
    service.resourceTypes.map((type) => type.name),
    service.resourceTypes.map((type) => encodeArn(service.prefix, type.arn)),
    encodeNames(
      service.actions.map((action) => action.name),
      words,
    ),
    service.actions.map((action) => (levelIndex.get(action.accessLevel) ?? 0).toString(36)).join(''),
    service.actions
      .map((action) =>
        encodeRefs(
          action.resourceTypes.map((ref) => ({
            index: typeIndex.get(ref.name) ?? -1,
            required: ref.required,
          })),
        ),
      )
      .join(' '),
  ];
  return tuple;
}

/** JSON with the scalar fields on the first line and one array element per line: small and diffable. */
function layout(head: Record<string, unknown>, arrays: Record<string, readonly unknown[]>): string {
  const headText = JSON.stringify(head).slice(0, -1);
  const body = Object.entries(arrays).map(([name, items]) =>
    items.length === 0
      ? `${JSON.stringify(name)}:[]`
      : `${JSON.stringify(name)}:[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`,
  );
  return `${headText},\n${body.join(',\n')}}\n`;
}

function buildIndex(data: SourceData): string {
  const levels = [...new Set(data.services.flatMap((s) => s.actions.map((a) => a.accessLevel)))].sort(
    compareKeys,
  );
  if (levels.length > 36) throw new Error('more than 36 access levels: widen the level encoding');
  const levelIndex = new Map(levels.map((level, i) => [level, i]));
  const words = chooseWords(data.services);
  const file: IndexFile = {
    format: CATALOG_FORMAT,
    source: data.source,
    version: data.version,
    date: data.date,
    levels: levels.map((level) => [level, shortLevel(level)] as const),
    words,
    services: data.services.map((service) => encodeService(service, words, levelIndex)),
  };
  const { services, ...head } = file;
  return layout(head, { services });
}

function buildShard(service: SourceService): string {
  const file: ServiceShardFile = {
    format: CATALOG_FORMAT,
    prefix: service.prefix,
    name: service.name,
    actions: service.actions.map((action) => ({
      name: action.name,
      description: action.description,
      conditionKeys: action.conditionKeys,
      dependentActions: action.dependentActions,
      resourceTypes: action.resourceTypes,
      ...(action.scenarios.length > 0 ? { scenarios: action.scenarios } : {}),
    })),
    resourceTypes: service.resourceTypes,
    conditionKeys: service.conditionKeys,
  };
  const { actions, resourceTypes, conditionKeys, ...head } = file;
  return layout(head, { actions, resourceTypes, conditionKeys });
}

function buildGlobalKeys(data: SourceData, keys: readonly SourceGlobalKey[]): string {
  const file: GlobalConditionKeysFile = {
    format: CATALOG_FORMAT,
    source: data.source,
    version: data.version,
    date: data.date,
    keys: keys.map(({ key, type, category, description }) => ({ key, type, category, description })),
  };
  const { keys: entries, ...head } = file;
  return layout(head, { keys: entries });
}

/**
 * Decodes the index text the way the app will and compares it with the source; throws on any
 * difference, so a codec bug can never reach the committed files.
 */
export function verifyIndex(indexText: string, data: SourceData): void {
  const decoded = decodeIndex(JSON.parse(indexText));
  if (!decoded.ok) throw new Error(decoded.error.message);
  const { services } = decoded.value;
  if (services.length !== data.services.length) throw new Error('index: service count differs');
  data.services.forEach((expected, s) => {
    const actual = services[s];
    if (actual?.prefix !== expected.prefix || actual.name !== expected.name) {
      throw new Error(`index: service ${expected.prefix} differs`);
    }
    if (actual.actions.length !== expected.actions.length)
      throw new Error(`index: ${expected.prefix} action count`);
    expected.actions.forEach((action, a) => {
      const got = actual.actions[a];
      const types = (list: readonly { name: string; required: boolean }[]) =>
        list.map((t) => `${t.name}${t.required ? '*' : ''}`).join(',');
      if (
        got?.name !== action.name ||
        got.accessLevel !== action.accessLevel ||
        types(got.resourceTypes) !== types(action.resourceTypes)
      ) {
        throw new Error(`index: ${expected.prefix}:${action.name} does not round-trip`);
      }
    });
  });
}

/** Every generated file, keyed by its path inside the generated folder. */
export function generateFiles(data: SourceData, globalKeys: readonly SourceGlobalKey[]): GeneratedFiles {
  for (const service of data.services) {
    if (!/^[a-z0-9-]+$/.test(service.prefix)) throw new Error(`unexpected service prefix ${service.prefix}`);
  }
  const files = new Map<string, string>();
  const index = buildIndex(data);
  verifyIndex(index, data);
  files.set(INDEX_PATH, index);
  files.set(GLOBAL_KEYS_PATH, buildGlobalKeys(data, globalKeys));
  for (const service of data.services) files.set(shardPath(service.prefix), buildShard(service));
  return files;
}
