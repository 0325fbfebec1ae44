import { describe, expect, it } from 'vitest';

import type { Request } from '../../engine/types';
import { defaultDocuments } from '../../state/slices/documents';
import { draftFromDocuments, managedArnsOf, type DraftDocuments } from './draft';

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const REQUEST: Request = { action: 's3:ListAllMyBuckets', resource: '*', context: {} };

function documents(change: Partial<DraftDocuments> = {}): DraftDocuments {
  return { ...defaultDocuments(), ...change };
}

describe('draftFromDocuments', () => {
  const adminText = defaultDocuments().identityPolicies[0]?.text ?? '';

  it.each([
    { name: 'unchanged managed text', library: adminText, reference: true },
    { name: 'edited managed text', library: `${adminText} `, reference: false },
    { name: 'library not loaded', library: undefined, reference: false },
  ])('writes a managed policy as a reference only when its text is the library’s ($name)', (row) => {
    const draft = draftFromDocuments(documents(), REQUEST, (arn) =>
      arn === ADMIN_ARN ? row.library : undefined,
    );
    const source = draft.identityPolicies[0];
    if (row.reference) expect(source).toEqual({ name: 'AdministratorAccess', managedArn: ADMIN_ARN });
    else expect(source).toEqual({ name: 'AdministratorAccess', text: adminText });
  });

  it('leaves out a boundary that is switched off, and keeps one that is on', () => {
    const on = draftFromDocuments(documents(), REQUEST, () => undefined);
    expect(on.permissionsBoundary).toMatchObject({ name: 'ec2-boundary' });
    const off = draftFromDocuments(documents({ boundaryEnabled: false }), REQUEST, () => undefined);
    expect(off.permissionsBoundary).toBeNull();
  });

  it('trims the principal, omits an empty session issuer and carries the request', () => {
    const draft = draftFromDocuments(
      documents({ principal: '  arn:aws:iam::123456789012:user/alice ', sessionIssuer: ' ' }),
      REQUEST,
      () => undefined,
    );
    expect(draft.principal).toBe('arn:aws:iam::123456789012:user/alice');
    expect('sessionIssuer' in draft).toBe(false);
    expect(draft.requests).toEqual([REQUEST]);
  });

  it('keeps the resource policy kind and the organization levels', () => {
    const policy = { id: 'scp-1', name: 'FullAWSAccess', text: '{}' };
    const draft = draftFromDocuments(
      documents({
        resourcePolicy: { id: 'resource', name: 'trust', text: '{}', kind: 'role-trust' },
        scpLevels: [{ id: 'level-1', target: 'Root', policies: [policy] }],
      }),
      REQUEST,
      () => undefined,
    );
    expect(draft.resourcePolicy).toEqual({ name: 'trust', text: '{}', kind: 'role-trust' });
    expect(draft.serviceControlPolicies).toEqual([
      { target: 'Root', policies: [{ name: 'FullAWSAccess', text: '{}' }] },
    ]);
    expect(draft.resourceControlPolicies).toEqual([]);
  });
});

describe('managedArnsOf', () => {
  it('lists each managed ARN once, wherever the policy is', () => {
    const boundaryArn = 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess';
    const docs = documents({
      identityPolicies: [
        { id: 'identity-1', name: 'a', text: '{}', managedArn: ADMIN_ARN },
        { id: 'identity-2', name: 'b', text: '{}', managedArn: ADMIN_ARN },
        { id: 'identity-3', name: 'c', text: '{}' },
      ],
      permissionsBoundary: { id: 'boundary', name: 'd', text: '{}', managedArn: boundaryArn },
    });
    expect(managedArnsOf(docs)).toEqual([ADMIN_ARN, boundaryArn]);
  });
});
