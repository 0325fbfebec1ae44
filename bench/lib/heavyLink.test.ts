import { describe, expect, it } from 'vitest';

import { parsePolicy } from '../../src/engine';
import { decodePermalink } from '../../src/permalink';
import { heavyBoundaryText, heavyLinkFragment, heavySharedState } from './heavyLink';

describe('the heavy link', () => {
  it('opens as the heavy scenario: two managed policies by ARN and the boundary as typed', () => {
    const decoded = decodePermalink(heavyLinkFragment());
    expect(decoded.ok && decoded.state).toEqual(heavySharedState());
    const state = heavySharedState();
    expect(state.identityPolicies.map((p) => ('managedArn' in p ? p.managedArn : null))).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'arn:aws:iam::aws:policy/PowerUserAccess',
    ]);
  });

  it.each([0, 1] as const)('boundary variant %i has 40 valid statements and no diagnostics', (variant) => {
    const parsed = parsePolicy(heavyBoundaryText(variant), 'boundary');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.policy?.statements).toHaveLength(40);
  });

  it('the two variants differ only in what the first statement allows', () => {
    const [a, b] = [heavyBoundaryText(0), heavyBoundaryText(1)].map(
      (text) => JSON.parse(text) as { Statement: Record<string, unknown>[] },
    );
    expect(a?.Statement[0]?.Action).toBe('ec2:*');
    expect(b?.Statement[0]?.Action).toEqual(['ec2:Describe*', 'ec2:Get*']);
    expect(a?.Statement.slice(1)).toEqual(b?.Statement.slice(1));
  });
});
