/**
 * What each policy type requires, forbids and allows (docs/iam-semantics.md §1.10) and its size quota (§6).
 */
import type { PolicyType, Severity } from '../types';

/** Per-type validation rules. */
export interface PolicyTypeRules {
  /** Whether a statement must, or must not, name a Principal/NotPrincipal. */
  readonly principal: 'required' | 'forbidden';
  /** Whether NotPrincipal may be used where a principal is required. */
  readonly notPrincipalAllowed: boolean;
  /** `recommended`: a missing Resource is only a warning (services that imply the resource). */
  readonly resource: 'required' | 'recommended' | 'forbidden';
  /** True when any Version but 2012-10-17 keeps the policy from being stored. */
  readonly requiresVersion2012: boolean;
  /** True for IAM-owned policy types, whose Sids may only hold A–Z, a–z, 0–9. */
  readonly strictSid: boolean;
  /** True when `Id` is out of place (identity-style policies). */
  readonly idDiscouraged: boolean;
  readonly size: SizeRule;
}

/** How a policy type's size is counted and limited. */
export interface SizeRule {
  readonly limit: number;
  readonly countsWhitespace: boolean;
  readonly severity: Severity;
  /** Sentence explaining the quota, appended to the size diagnostic. */
  readonly explanation: string;
}

const IAM_MANAGED: SizeRule = {
  limit: 6144,
  countsWhitespace: false,
  severity: 'error',
  explanation:
    'A managed policy can have at most 6,144 characters, not counting whitespace. Inline policies ' +
    'share an aggregate limit per identity instead: 2,048 for a user, 5,120 for a group, 10,240 for a role.',
};

/** Rules for every policy type. */
export const POLICY_TYPE_RULES: Readonly<Record<PolicyType, PolicyTypeRules>> = {
  identity: {
    principal: 'forbidden',
    notPrincipalAllowed: false,
    resource: 'required',
    requiresVersion2012: false,
    strictSid: true,
    idDiscouraged: true,
    size: IAM_MANAGED,
  },
  boundary: {
    principal: 'forbidden',
    notPrincipalAllowed: false,
    resource: 'required',
    requiresVersion2012: true,
    strictSid: true,
    idDiscouraged: true,
    size: {
      ...IAM_MANAGED,
      explanation:
        'A permissions boundary is a managed policy: at most 6,144 characters, not counting whitespace.',
    },
  },
  session: {
    principal: 'forbidden',
    notPrincipalAllowed: false,
    resource: 'required',
    requiresVersion2012: false,
    strictSid: true,
    idDiscouraged: true,
    // Documented choice: STS limits the session policy "plaintext" to 2,048 characters and
    // says nothing about whitespace, so every character counts.
    size: {
      limit: 2048,
      countsWhitespace: true,
      severity: 'error',
      explanation:
        'The plaintext of inline and managed session policies together cannot exceed 2,048 characters.',
    },
  },
  'role-trust': {
    principal: 'required',
    notPrincipalAllowed: false,
    resource: 'forbidden',
    requiresVersion2012: false,
    strictSid: true,
    idDiscouraged: false,
    size: {
      limit: 2048,
      countsWhitespace: false,
      severity: 'error',
      explanation:
        'A role trust policy can have at most 2,048 characters by default (4,096 on request), not counting whitespace.',
    },
  },
  scp: {
    principal: 'forbidden',
    notPrincipalAllowed: false,
    resource: 'required',
    requiresVersion2012: true,
    strictSid: true,
    idDiscouraged: false,
    size: {
      limit: 5120,
      countsWhitespace: true,
      severity: 'error',
      explanation: 'A service control policy can have at most 5,120 characters; whitespace counts.',
    },
  },
  rcp: {
    principal: 'required',
    notPrincipalAllowed: false,
    resource: 'required',
    requiresVersion2012: true,
    strictSid: true,
    idDiscouraged: false,
    size: {
      limit: 5120,
      countsWhitespace: true,
      severity: 'error',
      explanation: 'A resource control policy can have at most 5,120 characters; whitespace counts.',
    },
  },
  resource: {
    principal: 'required',
    notPrincipalAllowed: true,
    resource: 'recommended',
    requiresVersion2012: false,
    strictSid: false,
    idDiscouraged: false,
    // Documented choice: the quota is service-specific; we check S3's 20 KB bucket-policy
    // limit (all characters) and only warn, since other services differ.
    size: {
      limit: 20480,
      countsWhitespace: true,
      severity: 'warning',
      explanation:
        'An S3 bucket policy can have at most 20 KB (20,480 characters); other services set their own limits.',
    },
  },
  'vpc-endpoint': {
    principal: 'required',
    notPrincipalAllowed: false,
    // Documented choice: AWS requires a Principal in endpoint policies but says nothing of
    // Resource; its own default endpoint policy has one, so a missing Resource only warns.
    resource: 'recommended',
    requiresVersion2012: false,
    strictSid: false,
    idDiscouraged: false,
    size: {
      limit: 20480,
      countsWhitespace: true,
      severity: 'error',
      explanation:
        'A VPC endpoint policy can have at most 20,480 characters, including white space ' +
        '(https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html).',
    },
  },
  'kms-key': {
    principal: 'required',
    notPrincipalAllowed: true,
    resource: 'recommended',
    requiresVersion2012: false,
    strictSid: false,
    idDiscouraged: false,
    // Documented choice: KMS states 32 KB (32,768 bytes); we count characters, which equals
    // bytes for ASCII text.
    size: {
      limit: 32768,
      countsWhitespace: true,
      severity: 'error',
      explanation: 'A KMS key policy can have at most 32 KB (32,768 characters).',
    },
  },
};
