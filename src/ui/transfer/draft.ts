/**
 * The store's documents as an export draft: a policy that still holds exactly the document of
 * the AWS managed policy it came from is written as a reference to it (so the CLI export can
 * attach it by ARN); every other policy is written as typed.
 */
import type { Request } from '../../engine/types';
import type { PolicySource, ScenarioDraft } from '../../import/types';
import type { DocumentsSlice, EditablePolicy } from '../../state/slices/documents';

/** The fields of the documents slice an export reads. */
export type DraftDocuments = Pick<
  DocumentsSlice,
  | 'principal'
  | 'sessionIssuer'
  | 'identityPolicies'
  | 'permissionsBoundary'
  | 'boundaryEnabled'
  | 'sessionPolicy'
  | 'resourcePolicy'
  | 'scpLevels'
  | 'rcpLevels'
>;

/** The text the library renders for a managed policy ARN, or undefined when it is not loaded. */
export type ManagedTextLookup = (arn: string) => string | undefined;

/** Every AWS managed policy ARN the documents came from (edited or not), without repeats. */
export function managedArnsOf(documents: DraftDocuments): string[] {
  const all = [
    ...documents.identityPolicies,
    documents.permissionsBoundary,
    documents.sessionPolicy,
    documents.resourcePolicy,
    ...documents.scpLevels.flatMap((level) => level.policies),
    ...documents.rcpLevels.flatMap((level) => level.policies),
  ];
  const arns = all.flatMap((policy) => (policy?.managedArn === undefined ? [] : [policy.managedArn]));
  return [...new Set(arns)];
}

function source(policy: EditablePolicy, managedText: ManagedTextLookup): PolicySource {
  const arn = policy.managedArn;
  // An edited managed policy is the person's own document now: export what they typed.
  if (arn !== undefined && managedText(arn) === policy.text) return { name: policy.name, managedArn: arn };
  return { name: policy.name, text: policy.text };
}

/**
 * The draft of the scenario the store holds, with `request` as its only request. A boundary
 * that is switched off is left out, as evaluation leaves it out.
 */
export function draftFromDocuments(
  documents: DraftDocuments,
  request: Request,
  managedText: ManagedTextLookup,
): ScenarioDraft {
  const from = (policy: EditablePolicy) => source(policy, managedText);
  const boundary = documents.boundaryEnabled ? documents.permissionsBoundary : null;
  const resource = documents.resourcePolicy;
  const issuer = documents.sessionIssuer.trim();
  return {
    principal: documents.principal.trim(),
    ...(issuer === '' ? {} : { sessionIssuer: issuer }),
    identityPolicies: documents.identityPolicies.map(from),
    permissionsBoundary: boundary === null ? null : from(boundary),
    sessionPolicy: documents.sessionPolicy === null ? null : from(documents.sessionPolicy),
    resourcePolicy: resource === null ? null : { ...from(resource), kind: resource.kind },
    serviceControlPolicies: documents.scpLevels.map((level) => ({
      target: level.target,
      policies: level.policies.map(from),
    })),
    resourceControlPolicies: documents.rcpLevels.map((level) => ({
      target: level.target,
      policies: level.policies.map(from),
    })),
    requests: [request],
  };
}
