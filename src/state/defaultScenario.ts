/**
 * The scenario the playground opens on: the example the project was born from. A role
 * `demo-restricted-admin` has the AWS managed policy AdministratorAccess and the permissions
 * boundary `ec2-boundary`, so a session of it may do everything in EC2 and nothing else.
 */

/** The caller of the default scenario: a session of the role. */
export const DEFAULT_PRINCIPAL =
  'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession';

/** AdministratorAccess, as AWS publishes it. */
export const ADMINISTRATOR_ACCESS_TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    }
  ]
}
`;

/** The `ec2-boundary` permissions boundary. */
export const EC2_BOUNDARY_TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEC2Only",
      "Effect": "Allow",
      "Action": "ec2:*",
      "Resource": "*"
    }
  ]
}
`;

/** What a newly added policy starts as. */
export const EMPTY_POLICY_TEXT = `{
  "Version": "2012-10-17",
  "Statement": []
}
`;
