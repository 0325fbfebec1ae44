/**
 * The third-party notices the package ships: the MIT, ISC, BSD… licences of the packages
 * bundled into `build/` and of the packages its data is generated from require their
 * copyright notice to travel with every copy.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Metafile } from 'esbuild';

/** `node_modules/<name>/` or `node_modules/@scope/<name>/`, the last one in a path. */
const PACKAGE_IN_PATH = /(?:^|[\\/])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](?!.*node_modules)/;

/** The packages (from `node_modules`) whose files esbuild bundled, sorted. */
export function bundledPackages(metafile: Metafile): string[] {
  const names = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = PACKAGE_IN_PATH.exec(input);
    if (match?.[1] !== undefined) names.add(match[1].replace(/\\/g, '/'));
  }
  return [...names].sort();
}

function licenceText(dir: string): string | null {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file === undefined ? null : readFileSync(join(dir, file), 'utf8').trim();
}

function notice(root: string, name: string): string {
  const dir = join(root, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`notices: ${name} is not installed`);
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version?: string;
    license?: string;
  };
  const text = licenceText(dir);
  if (text === null) throw new Error(`notices: ${name} ships no licence file`);
  return [`${name} ${meta.version ?? ''} (${meta.license ?? 'see below'})`, '', text].join('\n');
}

/** The notices file: one section per bundled package, then one per data source package. */
export function thirdPartyNotices(
  root: string,
  bundled: readonly string[],
  dataSources: readonly string[],
): string {
  const rule = `\n\n${'-'.repeat(78)}\n\n`;
  const head = [
    'iam-policy-playground ships code and data from the packages below, under their licences.',
    `Bundled code: ${bundled.join(', ') || 'none'}. Generated data: ${dataSources.join(', ')}.`,
  ].join('\n');
  return `${[head, ...[...bundled, ...dataSources].map((name) => notice(root, name))].join(rule)}\n`;
}
