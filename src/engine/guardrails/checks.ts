/**
 * The checks: for each, the ways out it tries (each a list of probe requests that must all be
 * allowed), what a learner should know about it, and the statements AWS recommends against it.
 * How the probes' representative ARNs are chosen is in `candidates.ts`.
 */

import type { JsonStatement } from '../analysis/policyJson';
import { isAwsManagedPolicyArn } from '../scenario/validatePolicies';
import {
  BOUNDARY_KEY,
  entryMatches,
  iamArn,
  principalCandidates,
  PROBE_NAME,
  statementLists,
} from './candidates';
import type { Probe } from './probe';
import { createPolicyProbe, kindWord, principalProbe, withChoice, type CheckSetup } from './setup';
import type { GuardrailFix, GuardrailId, GuardrailSeverity, GuardrailStatus } from './types';

/** The ways out a check tries, and what it learnt on the way. */
export interface CheckPlan {
  /** Each way out: requests that must all be allowed, in order. */
  readonly paths: readonly (readonly Probe[])[];
  readonly notes: readonly string[];
}

/** A fix before it is placed in a policy. */
export type FixSpec = Omit<GuardrailFix, 'target'>;

/** One check. */
export interface CheckDefinition {
  readonly id: GuardrailId;
  readonly severity: GuardrailSeverity;
  readonly title: string;
  plan(setup: CheckSetup): CheckPlan;
  /** What the check tries and why it matters, for learners (the verdict is added after it). */
  explain(setup: CheckSetup): string;
  fix(setup: CheckSetup): FixSpec | null;
}

const BOUNDARIES_PAGE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-delegate';
const CONDITION_KEY_PAGE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PermissionsBoundary';
const PASS_ROLE_PAGE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html';

/** Services that run with a role passed to them, and the call that passes it. */
const PASS_TARGETS = [
  { service: 'ec2.amazonaws.com', action: 'ec2:RunInstances', prefix: 'instance/' },
  { service: 'lambda.amazonaws.com', action: 'lambda:CreateFunction', prefix: 'function:' },
  { service: 'cloudformation.amazonaws.com', action: 'cloudformation:CreateStack', prefix: 'stack/' },
] as const;

const KINDS = ['user', 'role'] as const;

/** The boundary ARNs a created or changed principal may carry: the subject's own and the pinned ones. */
function allowedBoundaries(setup: CheckSetup): string[] {
  const chosen = new Set(setup.chosen.map((choice) => choice.arn));
  return [...new Set([setup.subject.boundaryArn, ...setup.pinned])].filter((arn) => !chosen.has(arn));
}

const BOTH_DELETES = ['iam:DeleteUserPermissionsBoundary', 'iam:DeleteRolePermissionsBoundary'];

const DENY_BOUNDARY_REMOVAL: JsonStatement = {
  Sid: 'DenyBoundaryRemoval',
  Effect: 'Deny',
  Action: BOTH_DELETES,
  Resource: '*',
};

const removeOwnBoundary: CheckDefinition = {
  id: 'remove-own-boundary',
  severity: 'high',
  title: 'Can remove its own permissions boundary',
  plan(setup) {
    const { selfArn, selfKind, boundaryArn } = setup.subject;
    const action = `iam:Delete${kindWord(selfKind)}PermissionsBoundary`;
    return { paths: [[principalProbe(setup, action, selfArn, boundaryArn)]], notes: [] };
  },
  explain: ({ subject }) =>
    'A permissions boundary limits a principal only while it is attached. If the principal may call ' +
    `iam:Delete${kindWord(subject.selfKind)}PermissionsBoundary on itself (${subject.selfArn}), it takes the ` +
    'boundary off and keeps everything its identity policies grant.',
  fix: () => ({
    description: 'Denies removing the permissions boundary of any user or role, this one included.',
    statements: [DENY_BOUNDARY_REMOVAL],
    source: BOUNDARIES_PAGE,
  }),
};

const replaceOwnBoundary: CheckDefinition = {
  id: 'replace-own-boundary',
  severity: 'high',
  title: 'Can replace its own permissions boundary',
  plan(setup) {
    const { selfArn, selfKind, boundaryArn } = setup.subject;
    const action = `iam:Put${kindWord(selfKind)}PermissionsBoundary`;
    // Documented choice: a boundary the policies pin (meant for the principals it creates) counts
    // as a replacement here, unlike in create-unbounded-principal: it was not meant for this one.
    const choices = [...setup.chosen, ...setup.pinned.map((arn) => ({ arn, created: false }))].filter(
      (choice) => choice.arn !== boundaryArn,
    );
    const paths = choices.map((choice) =>
      withChoice(setup, choice, principalProbe(setup, action, selfArn, choice.arn)),
    );
    return { paths, notes: [] };
  },
  explain: ({ subject }) =>
    'Setting another boundary is as good as removing this one when the other allows more. The check ' +
    `asks whether the principal may call iam:Put${kindWord(subject.selfKind)}PermissionsBoundary on itself ` +
    'with iam:PermissionsBoundary naming another policy: AdministratorAccess, a policy it creates, or ' +
    'another boundary the policies name (one meant for the principals it creates).',
  fix: ({ subject }) => {
    const word = kindWord(subject.selfKind);
    return {
      description: `Denies changing or removing the boundary of ${subject.selfArn} itself.`,
      statements: [
        {
          Sid: 'DenyOwnBoundaryChange',
          Effect: 'Deny',
          Action: [`iam:Put${word}PermissionsBoundary`, `iam:Delete${word}PermissionsBoundary`],
          Resource: subject.selfArn,
        },
      ],
      source: BOUNDARIES_PAGE,
    };
  },
};

const editBoundaryPolicy: CheckDefinition = {
  id: 'edit-boundary-policy',
  severity: 'high',
  title: "Can change the boundary policy's content",
  plan(setup) {
    const boundary = setup.subject.boundaryArn;
    if (isAwsManagedPolicyArn(boundary)) {
      return { paths: [], notes: [`${boundary} is an AWS managed policy: only AWS can change it.`] };
    }
    const on = (action: string): Probe => ({ action, resource: boundary, context: {} });
    return {
      paths: [
        [on('iam:CreatePolicyVersion')],
        [on('iam:SetDefaultPolicyVersion')],
        [on('iam:DeletePolicy'), createPolicyProbe(setup, boundary)],
      ],
      notes: [],
    };
  },
  explain: ({ subject }) =>
    'A boundary is a managed policy, and whoever may change that policy changes the boundary. The check ' +
    `asks whether the principal may give ${subject.boundaryArn} a new default version ` +
    '(iam:CreatePolicyVersion), switch to another of its versions (iam:SetDefaultPolicyVersion), or ' +
    'delete it and create it again with other content (iam:DeletePolicy, then iam:CreatePolicy).',
  fix: ({ subject }) =>
    isAwsManagedPolicyArn(subject.boundaryArn)
      ? null
      : {
          description: `Denies every change to the boundary policy ${subject.boundaryArn}.`,
          statements: [
            {
              Sid: 'DenyBoundaryPolicyEdit',
              Effect: 'Deny',
              Action: [
                'iam:CreatePolicyVersion',
                'iam:DeletePolicy',
                'iam:DeletePolicyVersion',
                'iam:SetDefaultPolicyVersion',
              ],
              Resource: subject.boundaryArn,
            },
          ],
          source: BOUNDARIES_PAGE,
        },
};

const createUnboundedPrincipal: CheckDefinition = {
  id: 'create-unbounded-principal',
  severity: 'high',
  title: 'Can create a user or role without the boundary and give it more',
  plan(setup) {
    const paths: Probe[][] = [];
    const notes: string[] = [];
    for (const kind of KINDS) {
      const word = kindWord(kind);
      const created = principalCandidates(setup.namer, setup.names, kind, `${PROBE_NAME}-new`, [
        setup.subject.selfArn,
      ]);
      for (const arn of created) {
        for (const choice of [null, ...setup.chosen]) {
          const boundary = choice === null ? null : choice.arn;
          const create = principalProbe(setup, `iam:Create${word}`, arn, boundary);
          const first = choice === null ? [create] : withChoice(setup, choice, create);
          const attach = principalProbe(setup, `iam:Attach${word}Policy`, arn, boundary, {
            'iam:PolicyARN': setup.adminPolicy,
          });
          paths.push(
            [...first, attach],
            [...first, principalProbe(setup, `iam:Put${word}Policy`, arn, boundary)],
          );
        }
      }
      // Documented choice: a condition that pins the boundary is the recommended design, so a
      // create with a pinned boundary is no way out; the finding names the boundary it pins.
      const first = created[0];
      for (const pinned of setup.pinned) {
        if (first === undefined) break;
        if (setup.runner.run(principalProbe(setup, `iam:Create${word}`, first, pinned)).status !== 'fail')
          continue;
        notes.push(`Creating a ${kind} is allowed with the boundary ${pinned}, which the policies pin.`);
      }
    }
    return { paths, notes };
  },
  explain: () =>
    'Delegated administration means creating users and roles, and each must carry a boundary: ' +
    'otherwise the administrator creates a principal with more permissions than its own and uses it. ' +
    'The check asks whether the principal may create a user or role with no iam:PermissionsBoundary, ' +
    'or with one of its choosing (AdministratorAccess, or a policy it creates), and then attach ' +
    'AdministratorAccess to it or put an inline policy on it.',
  fix: (setup) => ({
    description:
      'Denies creating users and roles, and attaching or putting policies on them, unless the request ' +
      `sets the boundary to ${allowedBoundaries(setup).join(' or ')} (the condition AWS recommends).`,
    statements: [
      {
        Sid: 'RequireBoundaryOnCreate',
        Effect: 'Deny',
        Action: [
          'iam:CreateUser',
          'iam:CreateRole',
          'iam:AttachUserPolicy',
          'iam:AttachRolePolicy',
          'iam:PutUserPolicy',
          'iam:PutRolePolicy',
        ],
        Resource: '*',
        Condition: { StringNotEquals: { [BOUNDARY_KEY]: allowedBoundaries(setup) } },
      },
    ],
    source: CONDITION_KEY_PAGE,
  }),
};

const loosenOtherPrincipal: CheckDefinition = {
  id: 'loosen-other-principal',
  severity: 'high',
  title: "Can loosen another principal's boundary and then act as it",
  plan(setup) {
    const paths: Probe[][] = [];
    const current = [...new Set([setup.subject.boundaryArn, ...setup.pinned])];
    for (const kind of KINDS) {
      const word = kindWord(kind);
      const others = principalCandidates(setup.namer, setup.names, kind, `${PROBE_NAME}-other`, [
        setup.subject.selfArn,
      ]);
      for (const arn of others) {
        const loosen: Probe[][] = [
          ...current.map((boundary) => [
            principalProbe(setup, `iam:Delete${word}PermissionsBoundary`, arn, boundary),
          ]),
          ...setup.chosen.map((choice) =>
            withChoice(
              setup,
              choice,
              principalProbe(setup, `iam:Put${word}PermissionsBoundary`, arn, choice.arn),
            ),
          ),
        ];
        // Documented choice: sts:AssumeRole is probed on the identity side only; the role's trust
        // policy is not in the scenario, so the role is taken to trust the account.
        const use: Probe[] =
          kind === 'user'
            ? [
                principalProbe(setup, 'iam:CreateAccessKey', arn),
                principalProbe(setup, 'iam:UpdateLoginProfile', arn),
              ]
            : [principalProbe(setup, 'sts:AssumeRole', arn)];
        for (const way of loosen) for (const then of use) paths.push([...way, then]);
      }
    }
    return { paths, notes: [] };
  },
  explain: () =>
    'Other users and roles have boundaries too. If the principal may remove or replace the boundary of ' +
    'another one and then act as it (create its access key or set its console password for a user, ' +
    'assume it for a role), it escapes through that principal. The check tries a user and a role named ' +
    'outside the Resource patterns of the policies and one inside each of them. sts:AssumeRole also ' +
    "needs the role's trust policy, which the scenario does not hold: the check takes the role to trust " +
    'the account.',
  fix: (setup) => ({
    description:
      'Denies removing any boundary, and setting one other than ' +
      `${allowedBoundaries(setup).join(' or ')}.`,
    statements: [
      DENY_BOUNDARY_REMOVAL,
      {
        Sid: 'DenyBoundaryReplacement',
        Effect: 'Deny',
        Action: ['iam:PutUserPermissionsBoundary', 'iam:PutRolePermissionsBoundary'],
        Resource: '*',
        Condition: { StringNotEquals: { [BOUNDARY_KEY]: allowedBoundaries(setup) } },
      },
    ],
    source: BOUNDARIES_PAGE,
  }),
};

/**
 * Documented choice: a role is "held to the boundary" when it lies inside a role pattern the
 * policies hold iam:PassRole to (the path where bounded roles are created); one outside every
 * such pattern may be an existing role without a boundary.
 *
 * The role patterns the policies hold iam:PassRole to: Resource entries of Allow statements
 * and NotResource entries of Deny statements that list it, when they are narrower than "any
 * role" (they leave out a role named like no pattern).
 */
function boundedRolePatterns(setup: CheckSetup, outside: string): string[] {
  const patterns = setup.names.resources.filter(({ pattern, statement }) => {
    if (!pattern.includes(':role/') || !statementLists(statement, 'iam:PassRole')) return false;
    const kind = statement.resource?.kind;
    const narrowing = statement.effect === 'Allow' ? kind === 'Resource' : kind === 'NotResource';
    return narrowing && !entryMatches(pattern, outside);
  });
  return [...new Set(patterns.map((entry) => entry.pattern))];
}

/** The role name the pass-role check probes outside every pattern. */
const UNBOUNDED_ROLE = `${PROBE_NAME}-unbounded`;

const passUnboundedRole: CheckDefinition = {
  id: 'pass-unbounded-role',
  severity: 'medium',
  title: 'Can pass a role that is not held to the boundary to a service',
  plan(setup) {
    const outside = iamArn(setup.namer, 'role', UNBOUNDED_ROLE);
    const bounded = boundedRolePatterns(setup, outside);
    const roles = principalCandidates(setup.namer, setup.names, 'role', UNBOUNDED_ROLE, [
      setup.subject.selfArn,
    ]);
    const pathsFor = (arn: string) =>
      PASS_TARGETS.map((target) => [
        principalProbe(setup, 'iam:PassRole', arn, undefined, { 'iam:PassedToService': target.service }),
        {
          action: target.action,
          resource: setup.namer.arn(target.action, target.prefix, PROBE_NAME),
          context: {},
        },
      ]);
    const inside = (arn: string) => bounded.some((pattern) => entryMatches(pattern, arn));
    const notes = roles
      .filter(inside)
      .flatMap((arn) =>
        pathsFor(arn).some((path) => path.every((probe) => setup.runner.run(probe).status === 'fail'))
          ? [
              `Roles such as ${arn} (inside ${bounded.join(', ')}) can be passed: the check takes the roles ` +
                'there to be ones created only with the boundary.',
            ]
          : [],
      );
    return { paths: roles.filter((arn) => !inside(arn)).flatMap(pathsFor), notes };
  },
  explain: () =>
    "A service that runs with a role acts with that role's permissions. If the principal may pass any " +
    'role (iam:PassRole) to a service it may use (ec2:RunInstances, lambda:CreateFunction, ' +
    'cloudformation:CreateStack), it borrows the permissions of roles that have no boundary. The check ' +
    'passes a role outside every role pattern the policies hold iam:PassRole to.',
  fix(setup) {
    const outside = iamArn(setup.namer, 'role', UNBOUNDED_ROLE);
    const bounded = boundedRolePatterns(setup, outside);
    const path = bounded.length > 0 ? bounded : [iamArn(setup.namer, 'role', 'bounded/*')];
    return {
      description:
        `Denies passing any role outside ${path.join(', ')}` +
        (bounded.length > 0
          ? '.'
          : ': create the roles services need under that path, only with the boundary.'),
      statements: [{ Sid: 'RestrictPassRole', Effect: 'Deny', Action: 'iam:PassRole', NotResource: path }],
      source: PASS_ROLE_PAGE,
    };
  },
};

const modifyOwnPermissions: CheckDefinition = {
  id: 'modify-own-permissions',
  severity: 'info',
  title: 'Can attach or put policies on itself',
  plan(setup) {
    const { selfArn, selfKind, boundaryArn } = setup.subject;
    const word = kindWord(selfKind);
    return {
      paths: [
        [
          principalProbe(setup, `iam:Attach${word}Policy`, selfArn, boundaryArn, {
            'iam:PolicyARN': setup.adminPolicy,
          }),
        ],
        [principalProbe(setup, `iam:Put${word}Policy`, selfArn, boundaryArn)],
      ],
      notes: [],
    };
  },
  explain: ({ subject }) =>
    `Attaching a policy to itself (iam:Attach${kindWord(subject.selfKind)}Policy) or putting an inline one ` +
    `(iam:Put${kindWord(subject.selfKind)}Policy) changes what its identity policies allow, never what the ` +
    'boundary allows: harmless while the other checks pass, so it is reported for information. Should ' +
    'the boundary ever come off, these are what would grant the new permissions.',
  fix: ({ subject }) => {
    const word = kindWord(subject.selfKind);
    return {
      description: `Denies attaching or putting policies on ${subject.selfArn} itself.`,
      statements: [
        {
          Sid: 'DenyOwnPolicyChanges',
          Effect: 'Deny',
          Action: [`iam:Attach${word}Policy`, `iam:Put${word}Policy`],
          Resource: subject.selfArn,
        },
      ],
      source: BOUNDARIES_PAGE,
    };
  },
};

/** Every check, in report order. */
export const CHECKS: readonly CheckDefinition[] = [
  removeOwnBoundary,
  replaceOwnBoundary,
  editBoundaryPolicy,
  createUnboundedPrincipal,
  loosenOtherPrincipal,
  passUnboundedRole,
  modifyOwnPermissions,
];

/** The sentence that follows a check's explanation, by status. */
export function verdict(status: GuardrailStatus, severity: GuardrailSeverity, condition?: string): string {
  const outcome = severity === 'info' ? 'the principal can do this' : 'the boundary can be escaped this way';
  if (status === 'fail') return `The engine allows every request shown: ${outcome}.`;
  if (status === 'possible')
    return `The engine allows the requests shown when ${condition ?? 'they carry the context shown'}: with that context, ${outcome}.`;
  return 'The engine denies every way the check tried, whatever the request context.';
}
