import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { importAwsJson } from '../../import';
import { describeImport } from './describeImport';

const fixture = (name: string) =>
  readFileSync(new URL(`../../import/fixtures/${name}`, import.meta.url), 'utf8');

describe('describeImport', () => {
  it('counts what account authorization details hold', () => {
    const result = importAwsJson(fixture('account-authorization-details.json'));
    if (!result.ok || result.kind !== 'authorization-details') throw new Error('fixture not recognised');
    const { users, groups, roles, policies } = result.details;
    const text = describeImport(result);
    expect(text).toContain('get-account-authorization-details');
    expect(text).toContain(`${users.length} users`);
    expect(text).toContain(`${groups.length} groups`);
    expect(text).toContain(`${roles.length} roles`);
    expect(text).toContain(`${policies.length} customer managed policies`);
  });

  it.each([
    ['get-role.json', 'get-role'],
    ['get-policy-version.json', 'get-policy-version'],
  ])('names the command of %s', (file, command) => {
    expect(describeImport(importAwsJson(fixture(file)))).toContain(command);
  });

  it('names a bare policy document, and says nothing for an error', () => {
    expect(describeImport(importAwsJson('{"Statement": []}'))).toMatch(/^Detected a policy document/);
    expect(describeImport(importAwsJson('{"Foo": 1}'))).toBeNull();
  });

  it('uses the singular for one policy', () => {
    const text = '{"UserDetailList":[],"GroupDetailList":[],"RoleDetailList":[],"Policies":[]}';
    const single = text.replace(
      '"Policies":[]',
      '"Policies":[{"PolicyName":"p","Arn":"arn:aws:iam::1:policy/p","PolicyVersionList":[]}]',
    );
    const result = importAwsJson(single);
    expect(result.ok).toBe(true);
    expect(describeImport(result)).toContain('and 1 customer managed policy.');
  });
});
