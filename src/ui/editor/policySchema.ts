/**
 * A JSON schema for IAM policy documents, for the editor's own validation: it catches
 * structural mistakes as you type (unknown element, Effect other than Allow/Deny, Statement not
 * an object or array). The engine's parser does the full validation; this schema is only the
 * editor's first line and stays deliberately close to the policy grammar (docs/iam-semantics.md §1.1).
 */

const stringOrStrings = {
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
};

const principal = {
  oneOf: [
    { const: '*' },
    {
      type: 'object',
      properties: {
        AWS: stringOrStrings,
        Service: stringOrStrings,
        Federated: stringOrStrings,
        CanonicalUser: stringOrStrings,
      },
      additionalProperties: false,
    },
  ],
};

const conditionValue = {
  oneOf: [
    { type: ['string', 'number', 'boolean'] },
    { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
  ],
};

const statement = {
  type: 'object',
  description: 'A policy statement.',
  properties: {
    Sid: { type: 'string', description: 'An optional statement identifier.' },
    Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny (case-sensitive).' },
    Principal: principal,
    NotPrincipal: principal,
    Action: stringOrStrings,
    NotAction: stringOrStrings,
    Resource: stringOrStrings,
    NotResource: stringOrStrings,
    Condition: {
      type: 'object',
      additionalProperties: { type: 'object', additionalProperties: conditionValue },
    },
  },
  required: ['Effect'],
  additionalProperties: false,
};

/** The schema object handed to Monaco's JSON language service. */
export const POLICY_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'IAM policy document',
  type: 'object',
  properties: {
    Version: { enum: ['2012-10-17', '2008-10-17'], description: 'Policy language version; use 2012-10-17.' },
    Id: { type: 'string' },
    Statement: {
      description: 'One statement, or an array of statements.',
      oneOf: [statement, { type: 'array', items: statement }],
    },
  },
  required: ['Statement'],
  additionalProperties: false,
} as const;

/** The URI the schema is registered under; never fetched (schema requests are off). */
export const POLICY_SCHEMA_URI = 'inmemory://schema/iam-policy.json';

/** Model URIs that the schema applies to: every policy editor's model lives under this prefix. */
export const POLICY_MODEL_PREFIX = 'inmemory://policy/';
