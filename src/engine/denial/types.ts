/**
 * What a pasted AccessDenied message or CloudTrail event says: the request AWS denied and what
 * AWS said about the denial, as values (parsing never throws).
 */

import type { ContextValue, Layer, ResourcePolicyKind } from '../types';

/** A decision as AWS's message states it; null when the message does not say. */
export type SaidDecision = 'ExplicitDeny' | 'ImplicitDeny' | null;

/** What AWS said about the denial. */
export interface AwsSaid {
  /** `ExplicitDeny` for "with an explicit deny in …", `ImplicitDeny` for "because no … allows …". */
  readonly decision: SaidDecision;
  /** The layer of the policy type the message names; null when it names none the playground knows. */
  readonly layer: Layer | null;
  /**
   * For resource-layer denials: `role-trust` ("role trust policy"), `kms-key` (KMS's own
   * message), or `resource` ("resource-based policy").
   */
  readonly resourcePolicyKind?: ResourcePolicyKind;
  /** The policy ARN a message with an authorization ID names after the policy type. */
  readonly policyArn?: string;
}

/** Where the parsed request came from. */
export type DenialSource = 'message' | 'cloudtrail';

/** A message or event that was read: the request it describes and what AWS said. */
export interface ParsedDenial {
  readonly ok: true;
  readonly source: DenialSource;
  /** The caller's ARN as AWS gives it; null when the text does not name one. */
  readonly principal: string | null;
  /** The role (or, for a federated user, the IAM user) behind a session, from CloudTrail. */
  readonly sessionIssuer?: string;
  /** `service:Action` as AWS echoes it; null when the text does not name one. */
  readonly action: string | null;
  /** The resource ARN, or `*` when the text names none. */
  readonly resource: string;
  /** The account that owns the resource, when a CloudTrail event says so. */
  readonly resourceAccount?: string;
  /** Request context keys the event records (empty for a message, which carries none). */
  readonly context: Readonly<Record<string, ContextValue>>;
  /** True when the event records a VPC endpoint; absent when unknown. */
  readonly viaVpcEndpoint?: boolean;
  readonly said: AwsSaid;
  /** The error code (`AccessDenied`, `AccessDeniedException`, `Client.UnauthorizedOperation`…). */
  readonly errorCode?: string;
  /** The API operation (`PutObject`) from an SDK prefix or the event's `eventName`. */
  readonly operation?: string;
  /** EC2's encoded authorization failure message, for `aws sts decode-authorization-message`. */
  readonly encodedMessage?: string;
  /** The authorization ID of AWS's Access Troubleshooter, when the message has one. */
  readonly authorizationId?: string;
  /** One sentence each: what the parser assumed, left out, or could not read. */
  readonly notes: readonly string[];
}

/** Text the parser could not read: a one-line reason. */
export interface DenialParseFailure {
  readonly ok: false;
  readonly reason: string;
}

/** The result of parsing: the denial, or why the text is not one. */
export type DenialParse = ParsedDenial | DenialParseFailure;
