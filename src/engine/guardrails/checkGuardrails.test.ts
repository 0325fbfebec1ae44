import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { delegatedAdmin } from '../../examples/delegated-admin';
import { delegatedAdminNaive } from '../../examples/delegated-admin-naive';
import {
  checkGuardrails,
  compileScenario,
  GUARDRAIL_IDS,
  insertStatements,
  NO_POLICIES,
  policyText,
  type GuardrailFinding,
  type Scenario,
} from '../index';

const catalog = createNodeCatalog();
const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

function scenario(fields: Partial<Scenario>): Scenario {
  return {
    version: 1,
    ...NO_POLICIES,
    principal: 'arn:aws:iam::111122223333:user/delegate',
    identityPolicies: [{ name: 'Admin', document: ALLOW_ALL }],
    requests: [],
    ...fields,
  };
}

/** The scenario with the finding's fix applied to its boundary's text (the playground's button). */
function withBoundaryFix(current: Scenario, finding: GuardrailFinding): Scenario {
  const boundary = current.permissionsBoundary;
  if (boundary === null || finding.fix?.target.slot !== 'permissionsBoundary')
    throw new Error('no boundary fix');
  const text = typeof boundary.document === 'string' ? boundary.document : policyText(boundary.document);
  const inserted = insertStatements(text, finding.fix.statements);
  if (!inserted.ok) throw new Error(inserted.problem);
  return { ...current, permissionsBoundary: { ...boundary, document: inserted.text } };
}

describe('checkGuardrails on the gallery', () => {
  it('finds no way out of the delegated-admin example', () => {
    const report = checkGuardrails(delegatedAdmin.scenario, catalog.actions);
    expect(report.subject).toMatchObject({
      selfArn: 'arn:aws:iam::111122223333:user/Zhang',
      selfKind: 'user',
      boundaryArn: 'arn:aws:iam::111122223333:policy/DelegatedUserBoundary',
      boundaryArnAssumed: false,
    });
    expect(report.findings.map((f) => [f.id, f.status])).toEqual(GUARDRAIL_IDS.map((id) => [id, 'pass']));
    for (const finding of report.findings) {
      for (const proof of finding.requests) expect(proof.result.decision).not.toBe('Allowed');
    }
  });

  it('finds the naive example open, and every fix in turn closes its check for good', () => {
    let current = delegatedAdminNaive.scenario;
    const first = checkGuardrails(current, catalog.actions);
    expect(first.findings.filter((f) => f.status === 'fail').map((f) => f.id)).toEqual([...GUARDRAIL_IDS]);
    for (const id of GUARDRAIL_IDS) {
      const finding = checkGuardrails(current, catalog.actions).findings.find((f) => f.id === id);
      expect(finding?.status, id).toBe('fail');
      current = withBoundaryFix(current, finding as GuardrailFinding);
      expect(checkGuardrails(current, catalog.actions).findings.find((f) => f.id === id)?.status, id).toBe(
        'pass',
      );
    }
    expect(checkGuardrails(current, catalog.actions).findings.every((f) => f.status === 'pass')).toBe(true);
  });
});

describe('checkGuardrails', () => {
  it('does not apply without a boundary, or to the root user', () => {
    const none = checkGuardrails(scenario({}), catalog.actions);
    expect(none).toMatchObject({ subject: null, findings: [] });
    expect(none.notes[0]).toMatch(/no permissions boundary/);
    const root = checkGuardrails(
      scenario({
        principal: 'arn:aws:iam::111122223333:root',
        permissionsBoundary: { name: 'b', document: ALLOW_ALL },
      }),
      catalog.actions,
    );
    expect(root).toMatchObject({ subject: null, findings: [] });
  });

  it('takes a compiled scenario as well as a scenario', () => {
    const input = scenario({ permissionsBoundary: { name: 'b', document: ALLOW_ALL } });
    expect(checkGuardrails(compileScenario(input), catalog.actions)).toEqual(
      checkGuardrails(input, catalog.actions),
    );
  });

  it('puts fixes into the first identity policy it may edit when the boundary is AWS managed', () => {
    const report = checkGuardrails(
      scenario({
        identityPolicies: [
          {
            name: 'AdministratorAccess',
            arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
            document: ALLOW_ALL,
          },
          { name: 'inline', document: ALLOW_ALL },
        ],
        permissionsBoundary: {
          name: 'PowerUser',
          arn: 'arn:aws:iam::aws:policy/PowerUser',
          document: ALLOW_ALL,
        },
      }),
      catalog.actions,
    );
    const remove = report.findings.find((f) => f.id === 'remove-own-boundary');
    expect(remove?.fix?.target).toEqual({ slot: 'identityPolicies', index: 1, policyName: 'inline' });
    expect(report.findings.find((f) => f.id === 'edit-boundary-policy')?.status).toBe('pass');
  });

  it('offers no fix where no policy can take it, and says so', () => {
    const report = checkGuardrails(
      scenario({
        identityPolicies: [
          {
            name: 'AdministratorAccess',
            arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
            document: ALLOW_ALL,
          },
        ],
        permissionsBoundary: { name: 'broken', document: '{"Version": "2012-10-17", "Statement": [' },
      }),
      catalog.actions,
    );
    // The broken boundary allows nothing; the checks pass, so no fix is needed.
    expect(report.findings.every((f) => f.status === 'pass' && f.fix === undefined)).toBe(true);
    const open = checkGuardrails(
      scenario({
        identityPolicies: [
          {
            name: 'AdministratorAccess',
            arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
            document: ALLOW_ALL,
          },
        ],
        permissionsBoundary: {
          name: 'PowerUser',
          arn: 'arn:aws:iam::aws:policy/PowerUser',
          document: ALLOW_ALL,
        },
      }),
      catalog.actions,
    );
    const remove = open.findings.find((f) => f.id === 'remove-own-boundary');
    expect(remove?.status).toBe('fail');
    expect(remove?.fix).toBeUndefined();
    expect(remove?.notes.join(' ')).toMatch(/No fix is offered/);
  });

  it('names an explanation and a verdict in every finding', () => {
    const report = checkGuardrails(delegatedAdminNaive.scenario, catalog.actions);
    for (const finding of report.findings) {
      expect(finding.explanation).toMatch(/The engine allows every request shown/);
      expect(finding.title).not.toBe('');
    }
    expect(report.findings.find((f) => f.id === 'modify-own-permissions')?.severity).toBe('info');
  });

  it('stops when asked to', () => {
    const input = scenario({ permissionsBoundary: { name: 'b', document: ALLOW_ALL } });
    expect(() => checkGuardrails(input, catalog.actions, { shouldStop: () => true })).toThrow(/stopped/);
  });
});
