/** A session policy passed at AssumeRole narrows AdministratorAccess for one session. */

import { ADMINISTRATOR_ACCESS, defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AdminRole/incident-readonly`;

/** `session-policy`: the session gets the intersection of the role's policies and the session policy. */
export const sessionPolicy = defineExample({
  id: 'session-policy',
  title: 'A session policy narrowing AdministratorAccess',
  summary:
    'AdminRole is assumed with a session policy that allows only EC2 Describe* and reads of one bucket.',
  explanation:
    'A session policy is passed as a parameter of AssumeRole. It grants nothing by itself: the ' +
    "session's permissions are the intersection of the role's identity policies and the session " +
    'policy. Here an on-call engineer assumes AdminRole for a read-only investigation, so writes are ' +
    'implicitly denied by the session policy although the role could do them. Try deleting the session ' +
    "policy: a role session without one has all of the role's permissions.",
  tags: ['session-policy', 'role-session', 'messages'],
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session',
  setup: {
    principal: SESSION,
    identityPolicies: [policy('AdministratorAccess', ADMINISTRATOR_ACCESS)],
    sessionPolicy: policy('IncidentReadOnly', {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'DescribeEC2', Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
        {
          Sid: 'ReadIncidentLogs',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: ['arn:aws:s3:::amzn-s3-demo-incident-logs', 'arn:aws:s3:::amzn-s3-demo-incident-logs/*'],
        },
      ],
    }),
  },
  expectations: [
    {
      request: { action: 'ec2:DescribeInstances', resource: '*', context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'AdministratorAccess and the session policy statement DescribeEC2 both allow it.',
    },
    {
      request: {
        action: 'ec2:TerminateInstances',
        resource: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abcd1234ef567890`,
        context: {},
      },
      decision: 'ImplicitDeny',
      deniedBy: 'session',
      message:
        `User: ${SESSION} is not authorized to perform: ec2:TerminateInstances on resource: ` +
        `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abcd1234ef567890 ` +
        'because no session policy allows the ec2:TerminateInstances action',
      why: 'The role may terminate instances, but the session policy allows only Describe* calls.',
    },
    {
      request: {
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::amzn-s3-demo-incident-logs/2024-11-02/app.log',
        context: {},
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Reading objects of the incident-logs bucket is inside both the role and the session policy.',
    },
    {
      request: {
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::amzn-s3-demo-payroll/2024/11.csv',
        context: {},
      },
      decision: 'ImplicitDeny',
      deniedBy: 'session',
      why: 'The session policy names only the incident-logs bucket, so other buckets are outside the session.',
    },
  ],
});
