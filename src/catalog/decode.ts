/** Turns `index.json` into the flat action array and per-service tables, once, at start-up. */

import { decodeArn, decodeNames, decodeRefs } from './codec';
import type { IndexFile } from './schema';
import { isIndexFile } from './schema';
import type {
  ActionResourceType,
  CatalogAction,
  CatalogResult,
  CatalogService,
  ServiceResourceType,
} from './types';

/** The decoded index: metadata, services and every action. */
export interface DecodedIndex {
  readonly source: string;
  readonly version: string;
  readonly date: string;
  readonly services: readonly CatalogService[];
  readonly actions: readonly CatalogAction[];
}

const NO_RESOURCE_TYPES: readonly ActionResourceType[] = Object.freeze([]);

/** Value of one base-36 digit (`0-9a-z`), or -1. */
function parseLevel(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 10;
  return -1;
}

function invalid(message: string): CatalogResult<never> {
  return { ok: false, error: { code: 'invalid-data', message: `catalog index: ${message}` } };
}

/** Checks the shape of `value` and decodes it; errors are values. */
export function decodeIndex(value: unknown): CatalogResult<DecodedIndex> {
  if (!isIndexFile(value)) return invalid('not an index.json of the expected format');
  return decodeIndexFile(value);
}

function decodeIndexFile(file: IndexFile): CatalogResult<DecodedIndex> {
  const services: CatalogService[] = [];
  const actions: CatalogAction[] = [];
  for (const [prefix, name, typeNames, arnTexts, namesText, levelsText, refsText] of file.services) {
    if (typeNames.length !== arnTexts.length) return invalid(`${prefix}: resource-type table mismatch`);
    const resourceTypes: ServiceResourceType[] = typeNames.map((typeName, i) => ({
      name: typeName,
      arn: decodeArn(prefix, arnTexts[i] ?? ''),
    }));
    // Two shared objects per resource type (required or not) so actions allocate no ref objects.
    const variants = resourceTypes.map(
      (type) =>
        [
          Object.freeze({ name: type.name, arn: type.arn, required: false }),
          Object.freeze({ name: type.name, arn: type.arn, required: true }),
        ] as const,
    );
    const names = decodeNames(namesText, file.words);
    if (names === null) return invalid(`${prefix}: malformed action names`);
    if (levelsText.length !== names.length)
      return invalid(`${prefix}: ${names.length} actions, ${levelsText.length} levels`);
    const refTexts = names.length === 0 && refsText === '' ? [] : refsText.split(' ');
    if (refTexts.length !== names.length)
      return invalid(`${prefix}: ${names.length} actions, ${refTexts.length} refs`);
    // Actions of a service mostly repeat a few resource-type lists: decode each list once, share it.
    const listCache = new Map<string, readonly ActionResourceType[]>([['', NO_RESOURCE_TYPES]]);
    const first = actions.length;
    for (let i = 0; i < names.length; i++) {
      const level = file.levels[parseLevel(levelsText.charCodeAt(i))];
      const refText = refTexts[i] ?? '';
      let refs = listCache.get(refText);
      if (refs === undefined) {
        const decodedRefs = decodeRefs(refText, variants.length);
        if (decodedRefs === null) return invalid(`${prefix}: malformed resource types of action ${i}`);
        refs = Object.freeze(
          decodedRefs.map((ref) => variants[ref.index]?.[ref.required ? 1 : 0] as ActionResourceType),
        );
        listCache.set(refText, refs);
      }
      if (level === undefined) return invalid(`${prefix}: malformed access level of action ${i}`);
      const actionName = names[i] ?? '';
      actions.push({
        id: actions.length,
        service: prefix,
        name: actionName,
        fullName: prefix + ':' + actionName,
        accessLevel: level[0],
        level: level[1],
        wildcardOnly: refs.length === 0,
        resourceTypes: refs,
      });
    }
    services.push({ prefix, name, resourceTypes, actions: actions.slice(first) });
  }
  return {
    ok: true,
    value: { source: file.source, version: file.version, date: file.date, services, actions },
  };
}
