/** The parts of the CLI export beyond the principal: resource policies and SCPs/RCPs. */

import { parseArn, type Caller, type PolicyLevel } from '../engine';
import type { PolicySource, ScenarioDraft } from '../import/types';
import type { ScriptWriter } from './script';
import { option } from './shell';
import { sourceText, type ManagedDocumentLookup } from './sources';

/** Path of an IAM ARN's resource `type/path/name` (`/` when there is none). */
export function pathOf(arn: string): string {
  const parts = (parseArn(arn)?.resource ?? '').split('/');
  return parts.length <= 2 ? '/' : `/${parts.slice(1, -1).join('/')}/`;
}

/** A role named by a request's resource, other than the caller's own role. */
export interface TargetRole {
  readonly arn: string;
  readonly name: string;
  readonly path: string;
  readonly account: string;
}

// Documented choice: a role-trust resource policy is the trust policy of the role a request names
// (sts:AssumeRole on arn:…:role/NAME); when no request names another role and the principal is a
// role session, it is that role's own trust policy. Without one, the created role trusts its account.
/** The first role (other than the caller's) that a request targets, e.g. with sts:AssumeRole. */
export function targetRoleOf(draft: ScenarioDraft, caller: Caller): TargetRole | null {
  for (const request of draft.requests ?? []) {
    const parts = parseArn(request.resource);
    if (parts === null || parts.service !== 'iam' || !parts.resource.startsWith('role/')) continue;
    const name = parts.resource.slice(parts.resource.lastIndexOf('/') + 1);
    if (caller.kind === 'role-session' && name === caller.roleName && parts.account === caller.account)
      continue;
    return { arn: request.resource, name, path: pathOf(request.resource), account: parts.account };
  }
  return null;
}

/** The first request resource of `service` whose resource part passes `accept`. */
function resourceOf(draft: ScenarioDraft, service: string, accept: (resource: string) => boolean) {
  for (const request of draft.requests ?? []) {
    const parts = parseArn(request.resource);
    if (parts !== null && parts.service === service && accept(parts.resource))
      return { arn: request.resource, parts };
  }
  return null;
}

/**
 * Words of the command that sets a resource-based policy on a resource the requests name;
 * `document(flag)` gives the option holding the policy.
 */
function resourcePolicyCommand(
  draft: ScenarioDraft,
  document: (flag: string) => string,
  text: string,
): string[] | null {
  const bucket = resourceOf(draft, 's3', (r) => r !== '' && !r.startsWith('*'));
  if (bucket !== null) {
    const name = bucket.parts.resource.split('/')[0] ?? '';
    return ['aws', 's3api', 'put-bucket-policy', option('--bucket', name), document('--policy')];
  }
  const topic = resourceOf(draft, 'sns', (r) => r !== '');
  if (topic !== null) {
    return [
      'aws',
      'sns',
      'set-topic-attributes',
      option('--topic-arn', topic.arn),
      option('--attribute-name', 'Policy'),
      document('--attribute-value'),
    ];
  }
  const secret = resourceOf(draft, 'secretsmanager', (r) => r.startsWith('secret:'));
  if (secret !== null) {
    return [
      'aws',
      'secretsmanager',
      'put-resource-policy',
      option('--secret-id', secret.arn),
      document('--resource-policy'),
    ];
  }
  const queue = resourceOf(draft, 'sqs', (r) => r !== '' && !r.includes('/'));
  if (queue !== null) {
    const { region, account, resource } = queue.parts;
    const url = `https://sqs.${region}.amazonaws.com/${account}/${resource}`;
    // Attributes is a map whose Policy value is the JSON text itself, so the argument is JSON.
    return [
      'aws',
      'sqs',
      'set-queue-attributes',
      option('--queue-url', url),
      option('--attributes', JSON.stringify({ Policy: text })),
    ];
  }
  return null;
}

/** Sets the scenario's resource-based policy where a request names a resource it can go on. */
export function writeResourcePolicy(
  draft: ScenarioDraft,
  caller: Caller,
  script: ScriptWriter,
  lookup: ManagedDocumentLookup,
): void {
  const policy = draft.resourcePolicy ?? null;
  if (policy === null) return;
  const text = sourceText(policy, lookup);
  if (text === null) {
    script.section(`The resource policy "${policy.name}" is left out: its document is not available.`);
    return;
  }
  const document = (flag: string) => script.document(flag, text, `resource-${policy.name}`);
  if (policy.kind === 'role-trust') {
    const target = targetRoleOf(draft, caller);
    if (target === null) {
      if (caller.kind !== 'role-session') {
        script.section(
          `The role-trust policy "${policy.name}" is left out: no request names a role (arn:…:iam::ACCOUNT:role/NAME).`,
        );
      }
      return;
    }
    script.section(
      `The role the requests target, with the scenario's role-trust policy${target.account === caller.account ? '' : ` (in account ${target.account})`}`,
    );
    const path = target.path === '/' ? [] : [option('--path', target.path)];
    script.run([
      'aws',
      'iam',
      'create-role',
      option('--role-name', target.name),
      ...path,
      document('--assume-role-policy-document'),
    ]);
    return;
  }
  if (policy.kind === 'kms-key') {
    const key = resourceOf(draft, 'kms', (r) => r.startsWith('key/'));
    if (key === null) {
      script.section(
        `The key policy "${policy.name}" is left out: no request names a KMS key ARN (…:key/KEY-ID).`,
      );
      return;
    }
    script.section('The key policy');
    script.run([
      'aws',
      'kms',
      'put-key-policy',
      option('--key-id', key.arn),
      option('--policy-name', 'default'),
      document('--policy'),
    ]);
    return;
  }
  const words = resourcePolicyCommand(draft, document, text);
  if (words === null) {
    script.section(
      `The resource policy "${policy.name}" is left out: set it with the service's own API ` +
        '(commands are generated for S3 buckets, SNS topics, SQS queues and Secrets Manager secrets).',
    );
    return;
  }
  script.section('The resource-based policy');
  script.run(words);
}

const TARGET_ID = /^(?:r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|\d{12})$/;

function writeLevels(
  levels: readonly PolicyLevel<PolicySource>[],
  type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY',
  prefix: string,
  caller: Caller,
  script: ScriptWriter,
  counter: { n: number },
): void {
  for (const level of levels) {
    let target = level.target;
    if (/^account$/i.test(target)) target = caller.account;
    if (!TARGET_ID.test(target)) {
      target = `<id of ${level.target}>`;
      script.comment(`Replace <id of ${level.target}> with the ID of that root (r-…), OU (ou-…) or account.`);
    }
    for (const policy of level.policies) {
      if (!('text' in policy)) {
        script.comment(`"${policy.name}" (${policy.managedArn}) is not an Organizations policy: left out.`);
        continue;
      }
      const variable = `${prefix}_${++counter.n}`;
      const create = [
        'aws',
        'organizations',
        'create-policy',
        option('--name', policy.name),
        option('--type', type),
        option('--description', 'Created from the IAM Policy Playground'),
        script.document('--content', policy.text, `${prefix.toLowerCase()}-${policy.name}`),
        option('--query', 'Policy.PolicySummary.Id'),
        option('--output', 'text'),
      ];
      script.raw(`${variable}=$(${create.join(' ')})`);
      script.run([
        'aws',
        'organizations',
        'attach-policy',
        // The id create-policy printed, from a variable the script set (not a typed value).
        `--policy-id="$${variable}"`,
        option('--target-id', target),
      ]);
    }
  }
}

/** SCPs and RCPs: created and attached in the organization's management account. */
export function writeOrgPolicies(draft: ScenarioDraft, caller: Caller, script: ScriptWriter): void {
  const scps = draft.serviceControlPolicies;
  const rcps = draft.resourceControlPolicies;
  if (scps.length + rcps.length === 0) return;
  script.section("Organization policies: run these in the organization's management account");
  const counter = { n: 0 };
  writeLevels(scps, 'SERVICE_CONTROL_POLICY', 'SCP', caller, script, counter);
  writeLevels(rcps, 'RESOURCE_CONTROL_POLICY', 'RCP', caller, script, counter);
}

/**
 * The VPC endpoint policy, set on an existing endpoint
 * (https://docs.aws.amazon.com/cli/latest/reference/ec2/modify-vpc-endpoint.html). The scenario
 * does not know the endpoint's ID, so the script asks for it.
 */
export function writeVpcEndpointPolicy(
  draft: ScenarioDraft,
  script: ScriptWriter,
  lookup: ManagedDocumentLookup,
): void {
  const policy = draft.vpcEndpointPolicy;
  if (policy === null) return;
  const text = sourceText(policy, lookup);
  script.section('The VPC endpoint policy: set VPC_ENDPOINT_ID to the endpoint (vpce-…) first');
  if (text === null) {
    script.comment(`The document of "${policy.name}" is not available: left out.`);
    return;
  }
  script.run([
    'aws',
    'ec2',
    'modify-vpc-endpoint',
    // The id the person running the script sets; `=` keeps it this option's value whatever it is.
    '--vpc-endpoint-id="$VPC_ENDPOINT_ID"',
    script.document('--policy-document', text, `vpc-endpoint-${policy.name}`),
  ]);
}
