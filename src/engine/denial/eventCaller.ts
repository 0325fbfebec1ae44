/**
 * The caller of a CloudTrail event, from its `userIdentity` element
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html).
 */

/** A JSON object read from an event. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** The object at `key`, or null. */
export function objectAt(value: unknown, key: string): JsonObject | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const inner = (value as JsonObject)[key];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as JsonObject) : null;
}

/** The non-empty string at `key`, or null. */
export function stringAt(value: JsonObject | null, key: string): string | null {
  const inner = value?.[key];
  return typeof inner === 'string' && inner !== '' ? inner : null;
}

/** The caller as the scenario format names it. */
export interface EventCaller {
  readonly principal: string | null;
  readonly sessionIssuer?: string;
  readonly account: string | null;
  readonly notes: readonly string[];
}

/** Reads `userIdentity`: IAM user, role session, federated user or root; other types get a note. */
export function callerOfEvent(event: JsonObject): EventCaller {
  const identity = objectAt(event, 'userIdentity');
  if (identity === null) return { principal: null, account: null, notes: ['The event has no userIdentity.'] };
  const type = stringAt(identity, 'type') ?? '(none)';
  const arn = stringAt(identity, 'arn');
  const account = stringAt(identity, 'accountId');
  const issuer = stringAt(objectAt(objectAt(identity, 'sessionContext'), 'sessionIssuer'), 'arn');
  const withIssuer = issuer === null ? {} : { sessionIssuer: issuer };
  switch (type) {
    case 'IAMUser': {
      const name = stringAt(identity, 'userName');
      if (arn !== null) return { principal: arn, account, notes: [] };
      if (account !== null && name !== null) {
        return {
          principal: `arn:aws:iam::${account}:user/${name}`,
          account,
          notes: ['The event gives no user ARN; it is built from accountId and userName, without a path.'],
        };
      }
      return { principal: null, account, notes: ['The event names an IAM user without an ARN.'] };
    }
    case 'AssumedRole':
    case 'FederatedUser':
      if (arn === null) return { principal: null, account, notes: [`The ${type} identity has no ARN.`] };
      return { principal: arn, account, ...withIssuer, notes: [] };
    case 'Root':
      return {
        principal: arn ?? (account === null ? null : `arn:aws:iam::${account}:root`),
        account,
        notes: [],
      };
    case 'AWSAccount':
      return {
        principal: null,
        account,
        notes: [
          `The caller is in another account (${account ?? 'unknown'}); CloudTrail records its account, not its ARN.`,
        ],
      };
    case 'AWSService':
      return {
        principal: null,
        account,
        notes: ['An AWS service made this request; the playground does not model service principals.'],
      };
    default:
      return {
        principal: arn,
        account,
        ...withIssuer,
        notes: [`The caller's identity type is ${type}, which the playground does not model as such.`],
      };
  }
}
