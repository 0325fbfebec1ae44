import { describe, expect, it } from 'vitest';
import type { Layer } from '../types';
import { decide, type LayerOutcomes } from './decide';
import { GRANT } from './grant';

/** A same-account request that everything allows; each case changes what it needs. */
const ALLOWING: LayerOutcomes = {
  alwaysAllowed: false,
  explicitDenies: [],
  scpAllows: true,
  vpcEndpointAllows: true,
  sameAccount: true,
  isRoot: false,
  resourceKind: null,
  grant: GRANT.none,
  identityAllows: true,
  boundaryAllows: true,
  sessionAllows: true,
};

const outcome = (changes: Partial<LayerOutcomes>): LayerOutcomes => ({ ...ALLOWING, ...changes });

describe('decide', () => {
  it('allows through identity when every gate allows', () => {
    expect(decide(ALLOWING)).toEqual({
      decision: 'Allowed',
      deniedBy: null,
      deniedByAll: [],
      allowedBy: 'identity',
    });
  });

  it('lets an explicit deny win over a direct resource grant and lists only explicit layers', () => {
    const verdict = decide(
      outcome({
        explicitDenies: ['scp', 'boundary'],
        grant: GRANT.direct,
        identityAllows: false,
        scpAllows: false,
      }),
    );
    expect(verdict).toEqual({
      decision: 'ExplicitDeny',
      deniedBy: 'scp',
      deniedByAll: ['scp', 'boundary'],
      allowedBy: null,
    });
  });

  it('always allows sts:GetCallerIdentity, even over an explicit deny', () => {
    expect(decide(outcome({ alwaysAllowed: true, explicitDenies: ['identity'] })).allowedBy).toBe(
      'always-allowed',
    );
  });

  it('reports SCP and VPC endpoint gaps before the path failures, in documented order', () => {
    const verdict = decide(outcome({ vpcEndpointAllows: false, scpAllows: false, identityAllows: false }));
    expect(verdict.deniedByAll).toEqual(['scp', 'vpcEndpoint', 'identity']);
    expect(verdict.deniedBy).toBe('scp');
  });

  it('lets a VPC endpoint gap stop even a direct resource grant', () => {
    const verdict = decide(outcome({ vpcEndpointAllows: false, grant: GRANT.direct, identityAllows: false }));
    expect(verdict.deniedByAll).toEqual(['vpcEndpoint']);
  });

  it('keeps an SCP gap even when a direct resource grant would allow', () => {
    expect(decide(outcome({ scpAllows: false, grant: GRANT.direct })).deniedByAll).toEqual(['scp']);
  });

  // Spec §3.4, same account: [row, grant, identity, boundary, session, expected deniedByAll].
  const table: [string, number, boolean, boolean, boolean, Layer[]][] = [
    ['direct grant ignores an identity gap', GRANT.direct, false, true, true, []],
    ['direct grant ignores a boundary gap', GRANT.direct, true, false, true, []],
    ['direct grant ignores a session gap', GRANT.direct, true, true, false, []],
    ['role grant ignores an identity gap', GRANT.limited, false, true, true, []],
    ['role grant is limited by the boundary', GRANT.limited, false, false, true, ['boundary']],
    ['role grant is limited by the session policy', GRANT.limited, false, true, false, ['session']],
    ['account grant needs identity', GRANT.account, false, true, true, ['identity']],
    ['account grant is limited by the boundary', GRANT.account, true, false, true, ['boundary']],
    ['no grant: identity path decides', GRANT.none, false, false, false, ['identity', 'boundary', 'session']],
  ];
  it.each(table)(
    'same account: %s',
    (_row, grant, identityAllows, boundaryAllows, sessionAllows, expected) => {
      const verdict = decide(
        outcome({
          resourceKind: 'resource',
          grant: grant as LayerOutcomes['grant'],
          identityAllows,
          boundaryAllows,
          sessionAllows,
        }),
      );
      expect(verdict.deniedByAll).toEqual(expected);
      expect(verdict.decision).toBe(expected.length === 0 ? 'Allowed' : 'ImplicitDeny');
    },
  );

  it('says which policies allowed', () => {
    expect(
      decide(outcome({ resourceKind: 'resource', grant: GRANT.direct, identityAllows: false })).allowedBy,
    ).toBe('resource-policy');
    expect(decide(outcome({ resourceKind: 'resource', grant: GRANT.direct })).allowedBy).toBe(
      'identity-and-resource-policy',
    );
    expect(decide(outcome({ resourceKind: 'resource', grant: GRANT.account })).allowedBy).toBe(
      'identity-and-resource-policy',
    );
  });

  it.each(['kms-key', 'role-trust'] as const)(
    '%s policies must name the principal or its account',
    (kind) => {
      expect(decide(outcome({ resourceKind: kind, grant: GRANT.none })).deniedByAll).toEqual(['resource']);
      expect(
        decide(outcome({ resourceKind: kind, grant: GRANT.none, identityAllows: false })).deniedByAll,
      ).toEqual(['resource', 'identity']);
      expect(decide(outcome({ resourceKind: kind, grant: GRANT.account })).decision).toBe('Allowed');
      expect(
        decide(outcome({ resourceKind: kind, grant: GRANT.account, identityAllows: false })).deniedBy,
      ).toBe('identity');
      expect(
        decide(outcome({ resourceKind: kind, grant: GRANT.direct, identityAllows: false })).decision,
      ).toBe('Allowed');
    },
  );

  it('allows the root user in its own account without identity policies', () => {
    const verdict = decide(outcome({ isRoot: true, identityAllows: false }));
    expect(verdict.allowedBy).toBe('root-user');
    expect(decide(outcome({ isRoot: true, scpAllows: false })).deniedBy).toBe('scp');
    expect(decide(outcome({ isRoot: true, resourceKind: 'kms-key', grant: GRANT.none })).deniedBy).toBe(
      'resource',
    );
  });

  describe('cross-account', () => {
    const cross = (changes: Partial<LayerOutcomes>) => decide(outcome({ sameAccount: false, ...changes }));

    it('needs the resource policy to allow the caller', () => {
      expect(cross({}).deniedByAll).toEqual(['resource']);
      expect(cross({ resourceKind: 'resource', grant: GRANT.account }).decision).toBe('Allowed');
    });

    it('gives a direct grant no bypass of the caller side', () => {
      expect(
        cross({ resourceKind: 'resource', grant: GRANT.direct, identityAllows: false }).deniedByAll,
      ).toEqual(['identity']);
      expect(cross({ resourceKind: 'resource', grant: GRANT.direct, boundaryAllows: false }).deniedBy).toBe(
        'boundary',
      );
    });

    it('lists both sides when both fail, resource first', () => {
      expect(cross({ identityAllows: false }).deniedByAll).toEqual(['resource', 'identity']);
    });

    it('lets a root caller through when the resource policy allows it', () => {
      expect(cross({ isRoot: true, identityAllows: false, grant: GRANT.account }).allowedBy).toBe(
        'root-user',
      );
    });
  });
});
