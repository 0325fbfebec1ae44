/**
 * Export to AWS CLI commands that would create the scenario's principal and policies in an
 * account: a POSIX shell script, every value shell-quoted.
 */

import { parseCaller, policyText, type Caller } from '../engine';
import type { PolicySource, ScenarioDraft } from '../import/types';
import {
  pathOf,
  targetRoleOf,
  writeOrgPolicies,
  writeResourcePolicy,
  writeVpcEndpointPolicy,
} from './cliResources';
import { ScriptWriter, type DocumentStyle } from './script';
import { option } from './shell';
import { NO_MANAGED_DOCUMENTS, sourceText, type ManagedDocumentLookup } from './sources';

/** Options of {@link scenarioToCliCommands}. */
export interface CliExportOptions {
  /** Documents as quoted JSON arguments, or written to `NAME.json` files passed as `file://`. @default 'inline' */
  readonly documents?: DocumentStyle;
  /** Typed identity policies as inline policies, or as customer managed policies attached. @default 'inline' */
  readonly identityPolicies?: 'inline' | 'managed';
  /** Documents of managed references, where a command needs the JSON (resource policies). */
  readonly managedDocument?: ManagedDocumentLookup;
}

/** The IAM entity that holds the identity policies: a user, or the role of a session. */
interface Holder {
  readonly kind: 'user' | 'role';
  readonly name: string;
  readonly path: string;
}

// Documented choice: typed policies become customer managed policies without a path, named after
// the policy (made a valid IAM name), in the principal's account and partition.
/** Customer managed policies live in the principal's account and partition. */
function customerPolicyArn(caller: Caller, name: string): string {
  return `arn:${caller.partition}:iam::${caller.account}:policy/${name}`;
}

function holderOf(caller: Caller, script: ScriptWriter): Holder | null {
  switch (caller.kind) {
    case 'user':
      return { kind: 'user', name: caller.name, path: caller.path };
    case 'role-session':
      return { kind: 'role', name: caller.roleName, path: pathOf(caller.roleArn) };
    case 'federated-user': {
      const parent = caller.parentUserArn === null ? null : parseCaller(caller.parentUserArn);
      if (parent?.ok && parent.caller.kind === 'user') {
        return { kind: 'user', name: parent.caller.name, path: parent.caller.path };
      }
      script.comment(
        "The federated user's parent IAM user is unknown (no sessionIssuer): its policies go to a new user.",
      );
      return { kind: 'user', name: `${caller.name}-parent`, path: '/' };
    }
    case 'root':
      return null;
  }
}

/** Creates a customer managed policy from `source` (if it is text) and returns the ARN to use. */
function managedArnFor(source: PolicySource, caller: Caller, script: ScriptWriter, label: string): string {
  if ('managedArn' in source) return source.managedArn;
  const name = script.iamName('managed-policies', source.name, 128, 'policy');
  const document = script.document('--policy-document', source.text, `${label}-${name}`);
  script.run(['aws', 'iam', 'create-policy', option('--policy-name', name), document]);
  return customerPolicyArn(caller, name);
}

function defaultTrustPolicy(caller: Caller): string {
  const trust = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:${caller.partition}:iam::${caller.account}:root` },
        Action: 'sts:AssumeRole',
      },
    ],
  };
  return policyText(trust);
}

function createHolder(
  holder: Holder,
  caller: Caller,
  draft: ScenarioDraft,
  boundaryArn: string | null,
  script: ScriptWriter,
  lookup: ManagedDocumentLookup,
): void {
  const nameFlag = holder.kind === 'user' ? '--user-name' : '--role-name';
  const path = holder.path === '/' ? [] : [option('--path', holder.path)];
  if (holder.kind === 'user') {
    script.run(['aws', 'iam', 'create-user', option(nameFlag, holder.name), ...path]);
    if (boundaryArn !== null) {
      script.run([
        'aws',
        'iam',
        'put-user-permissions-boundary',
        option(nameFlag, holder.name),
        option('--permissions-boundary', boundaryArn),
      ]);
    }
    return;
  }
  const trust = draft.resourcePolicy;
  const ownTrust = trust?.kind === 'role-trust' && targetRoleOf(draft, caller) === null ? trust : null;
  const trustText = ownTrust === null ? null : sourceText(ownTrust, lookup);
  if (trustText === null) script.comment("Trust policy: let the account's own principals assume the role.");
  else script.comment(`Trust policy: the scenario's role-trust policy "${ownTrust?.name ?? ''}".`);
  const document = script.document(
    '--assume-role-policy-document',
    trustText ?? defaultTrustPolicy(caller),
    `trust-${holder.name}`,
  );
  const boundary = boundaryArn === null ? [] : [option('--permissions-boundary', boundaryArn)];
  script.run(['aws', 'iam', 'create-role', option(nameFlag, holder.name), ...path, document, ...boundary]);
}

function writeSession(
  caller: Caller,
  draft: ScenarioDraft,
  script: ScriptWriter,
  lookup: ManagedDocumentLookup,
): void {
  const session = draft.sessionPolicy;
  const policy: string[] = [];
  if (session !== null && 'managedArn' in session)
    policy.push(option('--policy-arns', `arn=${session.managedArn}`));
  else if (session !== null)
    policy.push(script.document('--policy', sourceText(session, lookup) ?? '', `session-${session.name}`));
  if (caller.kind === 'role-session') {
    script.section("Start a session as the scenario's principal (prints temporary credentials):");
    script.run([
      'aws',
      'sts',
      'assume-role',
      option('--role-arn', caller.roleArn),
      option('--role-session-name', caller.sessionName),
      ...policy,
    ]);
  } else if (caller.kind === 'federated-user') {
    script.section(
      "Start the federated session with the parent user's credentials (prints temporary credentials):",
    );
    script.run(['aws', 'sts', 'get-federation-token', option('--name', caller.name), ...policy]);
  } else if (session !== null) {
    script.comment(
      `The session policy "${session.name}" applies only to role and federated sessions; it is left out.`,
    );
  }
}

/**
 * The AWS CLI commands that would create the scenario: customer managed policies
 * (`create-policy`), the user (`create-user`, `put-user-permissions-boundary`,
 * `attach-user-policy`, `put-user-policy`) or role (`create-role`, `attach-role-policy`,
 * `put-role-policy`), resource policies where the request names the resource, SCPs/RCPs, and
 * the session. Never throws; problems become comments in the script.
 */
export function scenarioToCliCommands(draft: ScenarioDraft, options: CliExportOptions = {}): string {
  const lookup = options.managedDocument ?? NO_MANAGED_DOCUMENTS;
  const script = new ScriptWriter(options.documents ?? 'inline');
  script.raw('#!/bin/sh');
  script.comment('AWS CLI commands that create the IAM Policy Playground scenario. Review before running.');
  script.raw('set -eu');
  const issuer = draft.sessionIssuer === '' ? undefined : draft.sessionIssuer;
  const parsed = parseCaller(draft.principal, issuer);
  if (!parsed.ok) {
    script.comment(`The principal cannot be created: ${parsed.error}`);
    return script.toString();
  }
  const caller = parsed.caller;
  script.comment(`Account ${caller.account}; principal ${caller.arn}`);
  const holder = holderOf(caller, script);

  if (holder === null) {
    script.comment(
      'The root user cannot have policies attached or a permissions boundary: those are left out.',
    );
  } else {
    const managed = options.identityPolicies === 'managed';
    const boundarySource = draft.permissionsBoundary;
    const textPolicies = draft.identityPolicies.filter((p) => 'text' in p);
    if (boundarySource !== null && 'text' in boundarySource) script.section('Customer managed policies');
    else if (managed && textPolicies.length > 0) script.section('Customer managed policies');
    const boundaryArn =
      boundarySource === null ? null : managedArnFor(boundarySource, caller, script, 'boundary');
    const attach = draft.identityPolicies.flatMap((source) =>
      managed || 'managedArn' in source ? [managedArnFor(source, caller, script, 'identity')] : [],
    );
    script.section(`The ${holder.kind} and its policies`);
    createHolder(holder, caller, draft, boundaryArn, script, lookup);
    const nameFlag = holder.kind === 'user' ? '--user-name' : '--role-name';
    for (const arn of attach) {
      script.run([
        'aws',
        'iam',
        `attach-${holder.kind}-policy`,
        option(nameFlag, holder.name),
        option('--policy-arn', arn),
      ]);
    }
    if (!managed) {
      for (const source of textPolicies) {
        if (!('text' in source)) continue;
        const name = script.iamName(`inline:${holder.name}`, source.name, 128, 'policy');
        const document = script.document('--policy-document', source.text, `${holder.name}-${name}`);
        script.run([
          'aws',
          'iam',
          `put-${holder.kind}-policy`,
          option(nameFlag, holder.name),
          option('--policy-name', name),
          document,
        ]);
      }
    }
  }
  writeResourcePolicy(draft, caller, script, lookup);
  writeVpcEndpointPolicy(draft, script, lookup);
  writeOrgPolicies(draft, caller, script);
  writeSession(caller, draft, script, lookup);
  return script.toString();
}
