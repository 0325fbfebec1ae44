import { describe, expect, it } from 'vitest';
import type { Caller, PrincipalEntry } from '../types';
import {
  deriveCallerContext,
  parseCaller,
  principalEntryMatches,
  type PrincipalMatchKind,
} from './principal';

const RANGE = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

function caller(arn: string, sessionIssuer?: string): Caller {
  const result = parseCaller(arn, sessionIssuer);
  if (!result.ok) throw new Error(result.error);
  return result.caller;
}

describe('parseCaller', () => {
  it.each<[string, string | undefined, Caller]>([
    [
      'arn:aws:iam::111122223333:user/Bob',
      undefined,
      {
        kind: 'user',
        arn: 'arn:aws:iam::111122223333:user/Bob',
        account: '111122223333',
        partition: 'aws',
        name: 'Bob',
        path: '/',
      },
    ],
    [
      'arn:aws-cn:iam::111122223333:user/team/dev/Bob',
      undefined,
      {
        kind: 'user',
        arn: 'arn:aws-cn:iam::111122223333:user/team/dev/Bob',
        account: '111122223333',
        partition: 'aws-cn',
        name: 'Bob',
        path: '/team/dev/',
      },
    ],
    [
      'arn:aws:sts::111122223333:assumed-role/Admin/alice@example.com',
      undefined,
      {
        kind: 'role-session',
        arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice@example.com',
        account: '111122223333',
        partition: 'aws',
        roleName: 'Admin',
        sessionName: 'alice@example.com',
        roleArn: 'arn:aws:iam::111122223333:role/Admin',
      },
    ],
    [
      'arn:aws-us-gov:sts::111122223333:assumed-role/Admin/s1',
      'arn:aws-us-gov:iam::111122223333:role/team/Admin',
      {
        kind: 'role-session',
        arn: 'arn:aws-us-gov:sts::111122223333:assumed-role/Admin/s1',
        account: '111122223333',
        partition: 'aws-us-gov',
        roleName: 'Admin',
        sessionName: 's1',
        roleArn: 'arn:aws-us-gov:iam::111122223333:role/team/Admin',
      },
    ],
    [
      'arn:aws:sts::111122223333:federated-user/Carol',
      'arn:aws:iam::111122223333:user/Bob',
      {
        kind: 'federated-user',
        arn: 'arn:aws:sts::111122223333:federated-user/Carol',
        account: '111122223333',
        partition: 'aws',
        name: 'Carol',
        parentUserArn: 'arn:aws:iam::111122223333:user/Bob',
      },
    ],
    [
      'arn:aws:sts::111122223333:federated-user/Carol',
      undefined,
      {
        kind: 'federated-user',
        arn: 'arn:aws:sts::111122223333:federated-user/Carol',
        account: '111122223333',
        partition: 'aws',
        name: 'Carol',
        parentUserArn: null,
      },
    ],
    [
      'arn:aws:iam::111122223333:root',
      undefined,
      { kind: 'root', arn: 'arn:aws:iam::111122223333:root', account: '111122223333', partition: 'aws' },
    ],
  ])('parses %s (issuer %s)', (arn, issuer, expected) => {
    expect(parseCaller(arn, issuer)).toEqual({ ok: true, caller: expected, warnings: [] });
  });

  it.each<[string, string | undefined, RegExp]>([
    ['Bob', undefined, /not an ARN/],
    ['arn:aws:iam::111122223333:role/Admin', undefined, /assumed-role/],
    ['arn:aws:iam::111122223333:group/Dev', undefined, /Unsupported IAM principal/],
    ['arn:aws:sts::111122223333:assumed-role/Admin', undefined, /ROLE-NAME\/SESSION-NAME/],
    ['arn:aws:sts::111122223333:assumed-role/Admin/', undefined, /names a role and a session/],
    ['arn:aws:sts::111122223333:federated-user/', undefined, /names the user/],
    ['arn:aws:sts::111122223333:user/Bob', undefined, /STS caller/],
    ['arn:aws:s3:::bucket', undefined, /IAM or STS ARN, not service "s3"/],
  ])('rejects %s (issuer %s): it names no caller', (arn, issuer, message) => {
    const result = parseCaller(arn, issuer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each<[string, string | undefined, 'principal' | 'sessionIssuer', RegExp]>([
    ['arn:aws:iam::1111:user/Bob', undefined, 'principal', /12 digits/],
    ['arn:aws:iam::11112222333a:user/Bob', undefined, 'principal', /12 digits/],
    ['arn:azure:iam::111122223333:user/Bob', undefined, 'principal', /partition/],
    ['arn:aws:iam:us-east-1:111122223333:user/Bob', undefined, 'principal', /Region/],
    ['arn:aws:iam::111122223333:user/', undefined, 'principal', /user name/],
    ['arn:aws:iam::111122223333:user/B*b', undefined, 'principal', /may contain only/],
    ['arn:aws:iam::111122223333:user//Bob', undefined, 'principal', /empty segment/],
    [
      'arn:aws:sts::111122223333:assumed-role/Admin/s',
      undefined,
      'principal',
      /2–64 characters in a role session name/,
    ],
    ['arn:aws:sts::111122223333:federated-user/C', undefined, 'principal', /federated user name/],
    [
      'arn:aws:sts::111122223333:assumed-role/Admin/s1',
      'arn:aws:iam::111122223333:role/Other',
      'sessionIssuer',
      /different role/,
    ],
    [
      'arn:aws:sts::111122223333:assumed-role/Admin/s1',
      'arn:aws:iam::444455556666:role/Admin',
      'sessionIssuer',
      /another partition or account/,
    ],
    [
      'arn:aws:sts::111122223333:assumed-role/Admin/s1',
      'arn:aws:iam::111122223333:user/Admin',
      'sessionIssuer',
      /not a role ARN/,
    ],
    [
      'arn:aws:sts::111122223333:federated-user/Carol',
      'arn:aws:iam::111122223333:root',
      'sessionIssuer',
      /IAM user ARN/,
    ],
    [
      'arn:aws:sts::111122223333:federated-user/Carol',
      'arn:aws:iam::444455556666:user/Bob',
      'sessionIssuer',
      /another partition or account/,
    ],
    [
      'arn:aws:iam::111122223333:user/Bob',
      'arn:aws:iam::111122223333:role/Admin',
      'sessionIssuer',
      /only to role sessions/,
    ],
  ])('warns about %s (issuer %s) and still parses it as written', (arn, issuer, field, message) => {
    const result = parseCaller(arn, issuer);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.caller.arn).toBe(arn);
    expect(result.warnings.map((w) => w.field)).toContain(field);
    expect(result.warnings.map((w) => w.message).join(' ')).toMatch(message);
  });

  it('keeps a session of an 11-digit account in that account, as written', () => {
    const result = parseCaller('arn:aws:sts::11112222333:assumed-role/Admin/x');
    expect(result.ok && result.caller).toMatchObject({ account: '11112222333', sessionName: 'x' });
  });

  it('uses a mismatched session issuer as written, and ignores one that is not a role', () => {
    const mismatched = parseCaller(
      'arn:aws:sts::111122223333:assumed-role/Admin/s1',
      'arn:aws:iam::111122223333:role/Other',
    );
    expect(mismatched.ok && mismatched.caller.kind === 'role-session' && mismatched.caller.roleArn).toBe(
      'arn:aws:iam::111122223333:role/Other',
    );
    const notRole = parseCaller(
      'arn:aws:sts::111122223333:assumed-role/Admin/s1',
      'arn:aws:iam::111122223333:user/Admin',
    );
    expect(notRole.ok && notRole.caller.kind === 'role-session' && notRole.caller.roleArn).toBe(
      'arn:aws:iam::111122223333:role/Admin',
    );
  });
});

describe('principalEntryMatches', () => {
  const user = caller('arn:aws:iam::111122223333:user/team/Bob');
  const session = caller(
    'arn:aws:sts::111122223333:assumed-role/Admin/s1',
    'arn:aws:iam::111122223333:role/ops/Admin',
  );
  const plainSession = caller('arn:aws:sts::111122223333:assumed-role/Admin/s1');
  const federated = caller(
    'arn:aws:sts::111122223333:federated-user/Carol',
    'arn:aws:iam::111122223333:user/Bob',
  );
  const root = caller('arn:aws:iam::111122223333:root');
  const aws = (value: string): PrincipalEntry => ({ type: 'AWS', value, range: RANGE });

  it.each<[string, PrincipalEntry, Caller, PrincipalMatchKind | null]>([
    ['wildcard', aws('*'), user, 'wildcard'],
    ['account id', aws('111122223333'), user, 'account'],
    ['other account id', aws('444455556666'), user, null],
    ['account root ARN', aws('arn:aws:iam::111122223333:root'), session, 'account'],
    ['account root ARN for the root user', aws('arn:aws:iam::111122223333:root'), root, 'account'],
    ['account id for the root user', aws('111122223333'), root, 'account'],
    ['root ARN in another partition', aws('arn:aws-cn:iam::111122223333:root'), user, null],
    ['user ARN with path', aws('arn:aws:iam::111122223333:user/team/Bob'), user, 'user'],
    // Documented choice: the path is part of the ARN as written.
    ['user ARN without the path', aws('arn:aws:iam::111122223333:user/Bob'), user, null],
    ['user ARN, other case', aws('arn:aws:iam::111122223333:user/team/bob'), user, null],
    ['role ARN with path', aws('arn:aws:iam::111122223333:role/ops/Admin'), session, 'role'],
    ['role ARN without path, issuer has a path', aws('arn:aws:iam::111122223333:role/Admin'), session, null],
    ['role ARN without path, no issuer', aws('arn:aws:iam::111122223333:role/Admin'), plainSession, 'role'],
    ['session ARN', aws('arn:aws:sts::111122223333:assumed-role/Admin/s1'), session, 'session'],
    ['other session', aws('arn:aws:sts::111122223333:assumed-role/Admin/s2'), session, null],
    ['role ARN for a user', aws('arn:aws:iam::111122223333:role/ops/Admin'), user, null],
    [
      'federated-user ARN',
      aws('arn:aws:sts::111122223333:federated-user/Carol'),
      federated,
      'federated-user',
    ],
    ['parent user of a federated user', aws('arn:aws:iam::111122223333:user/Bob'), federated, 'parent-user'],
    ['user ARN for the root user', aws('arn:aws:iam::111122223333:user/team/Bob'), root, null],
    ['Service principal', { type: 'Service', value: 's3.amazonaws.com', range: RANGE }, user, null],
    ['Service "*"', { type: 'Service', value: '*', range: RANGE }, user, null],
    [
      'Federated principal',
      { type: 'Federated', value: 'cognito-identity.amazonaws.com', range: RANGE },
      session,
      null,
    ],
    [
      'CanonicalUser',
      {
        type: 'CanonicalUser',
        value: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
        range: RANGE,
      },
      root,
      null,
    ],
    ['not an ARN', aws('Bob'), user, null],
  ])('%s', (_label, entry, who, expected) => {
    expect(principalEntryMatches(entry, who)).toBe(expected);
  });
});

describe('deriveCallerContext', () => {
  it.each<[Caller, Record<string, string>]>([
    [
      caller('arn:aws:iam::111122223333:user/team/Bob'),
      {
        'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/team/Bob',
        'aws:PrincipalAccount': '111122223333',
        'aws:PrincipalType': 'User',
        'aws:username': 'Bob',
      },
    ],
    [
      caller('arn:aws:sts::111122223333:assumed-role/Admin/s1', 'arn:aws:iam::111122223333:role/ops/Admin'),
      {
        'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ops/Admin',
        'aws:PrincipalAccount': '111122223333',
        'aws:PrincipalType': 'AssumedRole',
      },
    ],
    [
      caller('arn:aws:sts::111122223333:federated-user/Carol'),
      {
        'aws:PrincipalArn': 'arn:aws:sts::111122223333:federated-user/Carol',
        'aws:PrincipalAccount': '111122223333',
        'aws:PrincipalType': 'FederatedUser',
      },
    ],
    [
      caller('arn:aws:iam::111122223333:root'),
      {
        'aws:PrincipalArn': 'arn:aws:iam::111122223333:root',
        'aws:PrincipalAccount': '111122223333',
        'aws:PrincipalType': 'Account',
      },
    ],
  ])('derives the keys for %j', (who, expected) => {
    expect(deriveCallerContext(who)).toEqual(expected);
  });
});
