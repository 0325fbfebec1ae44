/**
 * The package as people get it: `npm pack` (which runs `prepare`, the package build), installed
 * offline from the tarball into an empty folder, then its bin and its library entry used from
 * there, and its types checked by a TypeScript consumer.
 */

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXAMPLE_REQUESTS, exampleScenario } from '../../bench/lib/scenarios';
import { DEFAULT_PRINCIPAL } from '../../src/state/defaultScenario';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const S3_DENIED =
  `User: ${DEFAULT_PRINCIPAL} is not authorized to perform: s3:ListAllMyBuckets because no ` +
  'permissions boundary allows the s3:ListAllMyBuckets action';
/** Packing builds the package (types included) on 2 shared cores: minutes, not seconds, at worst. */
const SLOW = 240_000;

const work = mkdtempSync(join(tmpdir(), 'iam-playground-pack-'));
const app = join(work, 'app');
const scenario = join(work, 'scenario.json');
let tarball = '';
let packed: { files: { path: string }[] } = { files: [] };

async function npm(cwd: string, ...args: string[]) {
  return run('npm', [...args, '--no-audit', '--no-fund'], { cwd, maxBuffer: 64 * 1024 * 1024 });
}

/** Runs the installed `iam-playground` bin. */
async function cli(...args: string[]) {
  return run(join(app, 'node_modules/.bin/iam-playground'), args, { cwd: app, maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(async () => {
  writeFileSync(scenario, JSON.stringify({ ...exampleScenario(), requests: EXAMPLE_REQUESTS }, null, 2));
  const pack = await npm(ROOT, 'pack', '--json', '--pack-destination', work);
  // `prepare` prints its own line before npm's JSON.
  packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[\n'))) as (typeof packed)[])[0] ?? packed;
  const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
  expect(tarballs).toHaveLength(1);
  tarball = join(work, tarballs[0] as string);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // Offline: a package without dependencies needs nothing from the registry.
  await npm(app, 'install', '--offline', tarball);
}, SLOW);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds the bin, the build and the data, and no sources', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'bin/iam-playground.js',
        'build/cli.js',
        'build/index.js',
        'build/index.d.ts',
        'build/THIRD-PARTY-NOTICES.txt',
        'build/data/catalog/index.json',
        'build/data/catalog/global-condition-keys.json',
        'build/data/catalog/services/s3.json',
        'build/data/managed-policies/index.json',
      ]),
    );
    const unexpected = paths.filter(
      (path) => !/^(package\.json|README\.md|bin\/iam-playground\.js|build\/.+)$/.test(path),
    );
    expect(unexpected).toEqual([]);
    expect(paths.filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs without any other package', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      'iam-policy-playground',
    ]);
    const manifest = JSON.parse(
      readFileSync(join(app, 'node_modules/iam-policy-playground/package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
  });
});

describe('the installed iam-playground command', () => {
  it('evaluates the example: S3 denied by the boundary with AWS message', async () => {
    const { stdout } = await cli('eval', scenario);
    const { results } = JSON.parse(stdout) as { results: { decision: string; message: string | null }[] };
    expect(results.map((r) => [r.decision, r.message])).toEqual([
      ['Allowed', null],
      ['ImplicitDeny', S3_DENIED],
    ]);
  });

  it('analyses against the shipped catalog', async () => {
    const { stdout } = await cli('effective', scenario, '--service', 's3');
    const output = JSON.parse(stdout) as {
      catalog: { version: string; actions: number };
      actions: { action: string; effective: string }[];
    };
    const index = JSON.parse(readFileSync(join(ROOT, 'src/catalog/generated/index.json'), 'utf8')) as {
      version: string;
    };
    expect(output.catalog.version).toBe(index.version);
    expect(output.actions.length).toBeGreaterThan(100);
    expect(output.actions.every((a) => a.action.startsWith('s3:') && a.effective === 'denied')).toBe(true);

    const policy = await cli('effective', scenario, '--format', 'policy');
    expect(JSON.parse(policy.stdout)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    });
  });

  it(
    "runs a scenario's checks with test: exit 0 and a JUnit report, exit 1 on a failed check",
    async () => {
      const tested = join(work, 'tested.json');
      const [allowed, denied] = EXAMPLE_REQUESTS;
      const checked = {
        ...exampleScenario(),
        requests: [
          { ...allowed, expect: { decision: 'Allowed' } },
          { ...denied, expect: { decision: 'ImplicitDeny', deniedBy: 'boundary' } },
        ],
        assert: { neverAllowed: ['iam:*'], alwaysAllowed: ['ec2:Describe*'] },
      };
      writeFileSync(tested, JSON.stringify(checked));
      const report = join(work, 'results.xml');
      const { stdout } = await cli('test', tested, '--reporter', 'junit', '--output', report);
      expect(stdout).toMatch(/\n1 file, 4 checks: 4 passed, 0 failed\n$/);
      expect(readFileSync(report, 'utf8')).toMatch(
        /<testsuites name="iam-playground" tests="4" failures="0" /,
      );

      const failing = join(work, 'failing.json');
      writeFileSync(failing, JSON.stringify({ ...checked, assert: { neverAllowed: ['ec2:Run*'] } }));
      await expect(cli('test', failing)).rejects.toMatchObject({
        code: 1,
        stdout: expect.stringContaining('assert.neverAllowed "ec2:Run*"') as unknown,
      });
      // Two processes, each analysing the whole catalog, on shared cores.
    },
    SLOW,
  );

  it(
    'installs globally too (into a prefix)',
    async () => {
      const prefix = join(work, 'global');
      await npm(work, 'install', '--offline', '--global', '--prefix', prefix, tarball);
      const { stdout } = await run(join(prefix, 'bin/iam-playground'), ['--help']);
      expect(stdout).toMatch(/^Usage: iam-playground /);
    },
    SLOW,
  );
});

describe('the installed library', () => {
  it('answers from plain JavaScript', async () => {
    writeFileSync(
      join(app, 'check.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { analyze, evaluate, parseScenario } from 'iam-policy-playground';",
        `const text = readFileSync(${JSON.stringify(scenario)}, 'utf8');`,
        'const { results } = evaluate(text);',
        "const { analysis } = await analyze(JSON.parse(text), { service: 's3' });",
        'const parsed = parseScenario(text);',
        'console.log(JSON.stringify({ message: results[1].message, regions: analysis.regions,',
        '  requests: parsed.scenario.requests.length }));',
      ].join('\n'),
    );
    const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: app });
    const answer = JSON.parse(stdout) as {
      message: string;
      regions: Record<string, number>;
      requests: number;
    };
    expect(answer.message).toBe(S3_DENIED);
    expect(answer.regions.identityOnly).toBeGreaterThan(100);
    expect(answer.regions.effective).toBe(0);
    expect(answer.requests).toBe(2);
  });

  it(
    'has types a TypeScript consumer (nodenext) compiles against',
    async () => {
      writeFileSync(
        join(app, 'consumer.ts'),
        [
          "import { analyze, evaluate, type EvaluationResult } from 'iam-policy-playground';",
          "const results: EvaluationResult[] = evaluate('{}').results;",
          'const denied: string | null = results[0]?.message ?? null;',
          "const analysis = await analyze({}, { service: 's3' });",
          'const allowed: number | undefined = analysis.analysis?.regions.effectiveAllowed;',
          '// @ts-expect-error: a number is no scenario',
          'evaluate(42);',
          '// @ts-expect-error: the options are typed',
          'await analyze({}, { service: 3 });',
          'export { allowed, denied };',
        ].join('\n'),
      );
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'nodenext',
            moduleResolution: 'nodenext',
            target: 'es2022',
            lib: ['es2022'],
            types: [],
            strict: true,
            noEmit: true,
          },
          files: ['consumer.ts'],
        }),
      );
      await expect(run(process.execPath, [TSC, '-p', app], { cwd: app })).resolves.toBeDefined();
    },
    SLOW,
  );
});
