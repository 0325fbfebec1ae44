/**
 * The worker's start-up: the catalog is loaded at once, not on the first request, so it loads
 * while the page fetches what the scenario needs (a link's AWS managed policies); and while no
 * request has come yet, the analysis runs a few times on a small scenario over a slice of the
 * catalog, so the first real analysis does not run on cold, unoptimised code.
 */
import type { Catalog } from '../catalog';
import { analyzeScenario, compileScenario, effectivePolicy, parseScenario, type Scenario } from '../engine';

/** A scenario that takes the analysis through its usual paths: Allow, NotAction, Deny, conditions, ARNs. */
export const WARM_UP_SCENARIO: Scenario = {
  version: 1,
  principal: 'arn:aws:sts::123456789012:assumed-role/warm-up/session',
  identityPolicies: [
    {
      name: 'identity',
      document: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*', 'iam:*'], Resource: '*' },
          { Effect: 'Allow', NotAction: ['iam:*'], Resource: 'arn:aws:s3:::bucket/*' },
          {
            Effect: 'Deny',
            Action: '*:Delete*',
            Resource: '*',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
        ],
      }),
    },
  ],
  permissionsBoundary: {
    name: 'boundary',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:*', 'ec2:*'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
        },
      ],
    }),
  },
  sessionPolicy: null,
  resourcePolicy: null,
  vpcEndpointPolicy: null,
  serviceControlPolicies: [],
  resourceControlPolicies: [],
  requests: [],
};

/** Actions per warm-up pass: a pass stays short, so a request that arrives waits little. */
const SLICE = 2000;
/** Passes: enough for the engine's hot functions to be optimised. */
const PASSES = 6;

/** One warm-up pass over `actions`. */
function warmUpPass(actions: Catalog['actions']): void {
  const parsed = parseScenario(WARM_UP_SCENARIO);
  if (parsed.scenario === null) return;
  const compiled = compileScenario(parsed.scenario);
  const analysis = analyzeScenario(compiled, actions);
  for (let i = 0; i < actions.length; i++) analysis.region(i);
  effectivePolicy(analysis, compiled);
}

/**
 * Loads the catalog now, then warms the analysis up in short passes (one per task) for as long
 * as `idle()` says no request has arrived. Never throws: a failed load is the first request's
 * to report.
 */
export function startWarmUp(loadCatalog: () => Promise<Catalog>, idle: () => boolean): void {
  loadCatalog().then(
    (catalog) => {
      const slices = Array.from({ length: PASSES }, (_, pass) => {
        const start = (pass * SLICE) % Math.max(1, catalog.actions.length - SLICE);
        return catalog.actions.slice(start, start + SLICE);
      });
      const next = (pass: number) => {
        const actions = slices[pass];
        if (actions === undefined || !idle()) return;
        warmUpPass(actions);
        setTimeout(() => next(pass + 1), 0);
      };
      next(0);
    },
    () => undefined,
  );
}
