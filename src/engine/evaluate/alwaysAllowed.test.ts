import { describe, expect, it } from 'vitest';

import type { Caller } from '../types';
import { isAlwaysAllowed, isAlwaysAllowedForSomeCaller } from './alwaysAllowed';

const KINDS: readonly Caller['kind'][] = ['user', 'root', 'role-session', 'federated-user'];

describe('isAlwaysAllowed', () => {
  it.each(KINDS)('allows sts:GetCallerIdentity for a %s caller', (kind) => {
    expect(isAlwaysAllowed('sts:getcalleridentity', kind)).toBe(true);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html
  it.each([
    ['user', true],
    ['root', true],
    ['role-session', false],
    ['federated-user', false],
  ] as const)('GetSessionToken for a %s caller: %s', (kind, expected) => {
    expect(isAlwaysAllowed('sts:getsessiontoken', kind)).toBe(expected);
  });

  it.each(['sts:decodeauthorizationmessage', 'sts:getaccesskeyinfo', 'sts:assumerole', 's3:getobject'])(
    'does not single out %s',
    (action) => {
      for (const kind of KINDS) expect(isAlwaysAllowed(action, kind)).toBe(false);
      expect(isAlwaysAllowedForSomeCaller(action)).toBe(false);
    },
  );

  it('lists both special actions as candidates', () => {
    expect(isAlwaysAllowedForSomeCaller('sts:getcalleridentity')).toBe(true);
    expect(isAlwaysAllowedForSomeCaller('sts:getsessiontoken')).toBe(true);
  });
});
