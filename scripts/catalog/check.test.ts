import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  describeDiff,
  diffAgainstDir,
  diffTargets,
  isClean,
  listFiles,
  writeFiles,
  writeTargets,
} from './check';

const FILES = new Map([
  ['index.json', '{"a":1}\n'],
  ['services/s3.json', '{"s3":true}\n'],
  ['services/ec2.json', '{"ec2":true}\n'],
]);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'catalog-check-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('diffAgainstDir', () => {
  it('reports everything missing in an empty or absent folder', () => {
    expect(diffAgainstDir(FILES, join(dir, 'absent'))).toEqual({
      missing: ['index.json', 'services/ec2.json', 'services/s3.json'],
      stale: [],
      extra: [],
    });
  });

  it('is clean right after writeFiles', () => {
    writeFiles(FILES, dir);
    const diff = diffAgainstDir(FILES, dir);
    expect(isClean(diff)).toBe(true);
    expect(listFiles(dir)).toEqual(['index.json', 'services/ec2.json', 'services/s3.json']);
  });

  it('finds stale, missing and extra files', () => {
    writeFiles(FILES, dir);
    writeFileSync(join(dir, 'services/s3.json'), '{"s3":false}\n');
    rmSync(join(dir, 'index.json'));
    writeFileSync(join(dir, 'services/gone.json'), '{}\n');
    const diff = diffAgainstDir(FILES, dir);
    expect(diff).toEqual({
      missing: ['index.json'],
      stale: ['services/s3.json'],
      extra: ['services/gone.json'],
    });
    expect(isClean(diff)).toBe(false);
  });

  it('compares bytes: a trailing newline matters', () => {
    writeFiles(FILES, dir);
    writeFileSync(join(dir, 'index.json'), '{"a":1}');
    expect(diffAgainstDir(FILES, dir).stale).toEqual(['index.json']);
  });
});

describe('writeFiles', () => {
  it('rewrites what differs and deletes what is no longer generated', () => {
    mkdirSync(join(dir, 'services'), { recursive: true });
    writeFileSync(join(dir, 'services/gone.json'), '{}\n');
    writeFileSync(join(dir, 'index.json'), 'old');
    const diff = writeFiles(FILES, dir);
    expect(diff.extra).toEqual(['services/gone.json']);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).toBe('{"a":1}\n');
    expect(isClean(diffAgainstDir(FILES, dir))).toBe(true);
  });
});

describe('diffTargets and writeTargets', () => {
  const targets = () => [
    { dir: join(dir, 'a'), label: 'src/a', files: FILES },
    { dir: join(dir, 'b'), label: 'src/b', files: new Map([['one.ts', 'export {};\n']]) },
  ];

  it('report every folder, each path under its folder label', () => {
    expect(diffTargets(targets())).toEqual({
      missing: ['src/a/index.json', 'src/a/services/ec2.json', 'src/a/services/s3.json', 'src/b/one.ts'],
      stale: [],
      extra: [],
    });
  });

  it('bring every folder up to date, and see a change in either', () => {
    expect(writeTargets(targets()).missing).toHaveLength(4);
    expect(isClean(diffTargets(targets()))).toBe(true);
    writeFileSync(join(dir, 'b', 'one.ts'), 'export const x = 1;\n');
    writeFileSync(join(dir, 'a', 'stray.json'), '{}\n');
    expect(diffTargets(targets())).toEqual({
      missing: [],
      stale: ['src/b/one.ts'],
      extra: ['src/a/stray.json'],
    });
  });
});

describe('describeDiff', () => {
  it('is one line naming the files and the fix', () => {
    const message = describeDiff({ missing: ['index.json'], stale: ['services/s3.json'], extra: [] });
    expect(message).toBe(
      'catalog: out of date: 1 stale (services/s3.json); 1 missing (index.json); run npm run catalog:build',
    );
    expect(message).not.toContain('\n');
  });

  it('abbreviates long lists', () => {
    const stale = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(describeDiff({ missing: [], stale, extra: [] })).toContain('7 stale (a, b, c, d, e, …)');
  });
});
