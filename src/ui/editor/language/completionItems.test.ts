import { parseTree, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';

import { COMPLETION_CAP } from './completeActions';
import { completionItemsAt } from './completionItems';
import { languageDataFor } from './languageData';
import { applyItem, completeAt, cursor, expandSnippet, item, testCatalog } from './testHelpers';
import type { PolicyCompletionItem } from './types';

const catalog = testCatalog();

function labels(items: readonly PolicyCompletionItem[]): string[] {
  return items.map((candidate) => candidate.label);
}

/** Applies an item, expands its snippet and checks the result is JSON without syntax errors. */
function expectValidJson(source: string, completion: PolicyCompletionItem): unknown {
  const text = expandSnippet(applyItem(source, completion));
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors);
  expect(errors, text).toEqual([]);
  return tree;
}

describe('action completion', () => {
  it('offers service prefixes matching the typed start, with the service name', async () => {
    const source = '{"Statement":[{"Action":"s|"}]}';
    const list = await completeAt(source);
    const s3 = item(list, 's3:');
    expect(s3.kind).toBe('service');
    expect(s3.detail).toBe(catalog.findService('s3')?.name);
    expect(s3.retrigger).toBe(true);
    expect(list.items.every((candidate) => candidate.label.startsWith('s'))).toBe(true);
    const expected = catalog.services.filter((service) => service.prefix.startsWith('s')).length;
    expect(list.items).toHaveLength(expected);
    // Only the string's content is replaced; the cursor ends before the closing quote.
    expect(s3.range).toEqual({ start: cursor(source).offset - 1, end: cursor(source).offset });
    expect(applyItem(source, s3)).toBe('{"Statement":[{"Action":"s3:$1"}]}');
  });

  it('offers action names for s3:Get with access level and description', async () => {
    const list = await completeAt('{"Statement":[{"Action":"s3:Get|"}]}');
    const getObject = item(list, 's3:GetObject');
    expect(getObject.kind).toBe('action');
    expect(getObject.detail).toBe(catalog.findAction('s3:GetObject')?.accessLevel);
    const details = await catalog.serviceDetails('s3');
    if (!details.ok) throw new Error(details.error.message);
    const description = details.value.action('GetObject')?.description ?? '';
    expect(description).not.toBe('');
    expect(getObject.documentation).toContain(description);
    expect(getObject.documentation).toContain('`object`');
    const actions = list.items.filter((candidate) => candidate.kind === 'action');
    expect(actions.every((candidate) => candidate.label.startsWith('s3:Get'))).toBe(true);
    expect(actions).toHaveLength(catalog.actionsMatching('s3:Get*').length);
    expect(list.incomplete).toBe(false);
  });

  it('offers the typed prefix as a wildcard with its match count', async () => {
    const list = await completeAt('{"Statement":[{"Action":"s3:Get|"}]}');
    const wildcard = item(list, 's3:Get*');
    expect(wildcard.detail).toBe(`${catalog.actionsMatching('s3:Get*').length} actions`);
    expect(list.items[0]).toBe(wildcard);
  });

  it('lists names starting with the typed part before names containing it', async () => {
    const list = await completeAt('{"Statement":[{"Action":"s3:Object|"}]}');
    const actions = list.items.filter((candidate) => candidate.kind === 'action');
    const firstContaining = actions.findIndex((candidate) => !candidate.label.startsWith('s3:Object'));
    expect(firstContaining).toBeGreaterThan(0);
    expect(
      actions.slice(firstContaining).every((candidate) => !candidate.label.startsWith('s3:Object')),
    ).toBe(true);
    expect(labels(actions)).toContain('s3:GetObject');
    const sorted = [...actions].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted).toEqual(actions);
  });

  it('caps long lists and marks them incomplete', async () => {
    const ec2 = catalog.findService('ec2');
    expect(ec2?.actions.length).toBeGreaterThan(COMPLETION_CAP);
    const list = await completeAt('{"Statement":[{"Action":"ec2:|"}]}');
    expect(list.items.filter((candidate) => candidate.kind === 'action')).toHaveLength(COMPLETION_CAP);
    expect(list.incomplete).toBe(true);
  });

  it('brings its own quotes outside a string', async () => {
    const empty = await completeAt('{"Statement":[{"Action":|}]}');
    expect(item(empty, '*').insertText).toBe('"*"');
    // A bare word typed outside quotes is replaced by the quoted item.
    const source = '{"Statement":[{"Action":s|}]}';
    const list = await completeAt(source);
    const s3 = item(list, 's3:');
    expect(s3.insertText).toBe('"s3:$1"');
    expectValidJson(source, s3);
  });

  it('offers nothing right after a complete value or for an unknown service', async () => {
    expect((await completeAt('{"Statement":[{"Action":"s3:GetObject"|}]}')).items).toEqual([]);
    expect((await completeAt('{"Statement":[{"Action":"nosuchservice:Get|"}]}')).items).toEqual([]);
  });

  it('works in an array item and in a single-object Statement', async () => {
    const inArray = await completeAt('{"Statement":[{"Action":["s3:GetObject","s3:Put|"]}]}');
    expect(labels(inArray.items)).toContain('s3:PutObject');
    const single = await completeAt('{"Statement":{"NotAction":"iam:Cre|"}}');
    expect(labels(single.items)).toContain('iam:CreateRole');
  });

  it('marks the list incomplete, without descriptions, until the service details load', () => {
    const data = languageDataFor(testCatalog());
    const fresh = languageDataFor(Object.create(catalog) as typeof catalog);
    expect(fresh).not.toBe(data);
    const { text, offset } = cursor('{"Statement":[{"Action":"sts:Assume|"}]}');
    const first = completionItemsAt(text, offset, fresh);
    expect(first.incomplete).toBe(true);
    expect(item(first, 'sts:AssumeRole').documentation).not.toContain('Grants permission');
    expect(fresh.pending()).not.toBeNull();
  });

  it('waits for the catalog: no action items while it is null', () => {
    const { text, offset } = cursor('{"Statement":[{"Action":"s3:|"}]}');
    expect(completionItemsAt(text, offset, null)).toEqual({ items: [], incomplete: true });
  });
});

describe('resource completion', () => {
  it('offers the ARN templates of s3:GetObject as snippets', async () => {
    const source = '{"Statement":[{"Action":"s3:GetObject","Resource":"|"}]}';
    const list = await completeAt(source);
    const templates = catalog.arnTemplates('s3:GetObject') ?? [];
    const resources = list.items.filter((candidate) => candidate.kind === 'resource');
    expect(resources).toHaveLength(templates.length);
    const object = item(list, 'arn:aws:s3:::${BucketName}/${ObjectName}');
    expect(object.insertText).toBe('arn:aws:s3:::${1:BucketName}/${2:ObjectName}');
    expect(object.snippet).toBe(true);
    expect(object.detail).toContain('object');
    expect(expandSnippet(applyItem(source, object))).toContain(
      '"Resource":"arn:aws:s3:::BucketName/ObjectName"',
    );
    expect(labels(list.items)).toContain('*');
  });

  it('unites the templates of every action of the statement, without repeats', async () => {
    const list = await completeAt(
      '{"Statement":[{"Action":["s3:GetObject","s3:ListBucket","s3:Get*"],"Resource":["|"]}]}',
    );
    expect(labels(list.items)).toContain('arn:aws:s3:::${BucketName}');
    expect(new Set(labels(list.items)).size).toBe(list.items.length);
  });

  it('puts "*" first when the actions have no resource types', async () => {
    const list = await completeAt('{"Statement":[{"Action":"s3:ListAllMyBuckets","Resource":"|"}]}');
    expect(catalog.findAction('s3:ListAllMyBuckets')?.wildcardOnly).toBe(true);
    expect(labels(list.items)).toEqual(['*']);
  });

  it('ignores NotAction and service wildcards', async () => {
    const notAction = await completeAt('{"Statement":[{"NotAction":"s3:GetObject","Resource":"|"}]}');
    expect(labels(notAction.items)).toEqual(['*']);
    const everything = await completeAt('{"Statement":[{"Action":"*","Resource":"|"}]}');
    expect(labels(everything.items)).toEqual(['*']);
  });
});

describe('condition completion', () => {
  it('offers every operator with qualifiers and IfExists, but no Null variants', async () => {
    const list = await completeAt('{"Statement":[{"Condition":{"|"}}]}');
    const names = labels(list.items);
    for (const name of [
      'StringEquals',
      'StringLikeIfExists',
      'ForAnyValue:StringLike',
      'ForAllValues:ArnLikeIfExists',
      'Null',
    ]) {
      expect(names).toContain(name);
    }
    for (const name of ['NullIfExists', 'ForAllValues:Null', 'ForAnyValue:Null'])
      expect(names).not.toContain(name);
    expect(item(list, 'IpAddress').documentation).toMatch(/CIDR/);
    expect(item(list, 'ForAllValues:StringEquals').documentation).toMatch(/Every value/);
  });

  it('inserts the operator with its block when the key has no value yet', async () => {
    const source = '{"Statement":[{"Condition":{"Str|"}}]}';
    const list = await completeAt(source);
    const equals = item(list, 'StringEquals');
    expect(equals.filterText).toBe('"StringEquals"');
    const tree = expectValidJson(source, equals);
    expect(tree).toBeDefined();
    expect(expandSnippet(applyItem(source, equals))).toContain('"StringEquals": {');
  });

  it('inserts only the name when the key already has its value', async () => {
    const source = '{"Statement":[{"Condition":{"Str|": {}}}]}';
    const equals = item(await completeAt(source), 'StringEquals');
    expect(applyItem(source, equals)).toBe('{"Statement":[{"Condition":{"StringEquals": {}}}]}');
  });

  it("offers the statement's action keys first, then global keys, with their types", async () => {
    const source = '{"Statement":[{"Action":"s3:GetObject","Condition":{"StringEquals":{"|"}}}]}';
    const list = await completeAt(source);
    const details = await catalog.serviceDetails('s3');
    if (!details.ok) throw new Error(details.error.message);
    const actionKeys = details.value.action('GetObject')?.conditionKeys ?? [];
    expect(actionKeys.length).toBeGreaterThan(0);
    const names = labels(list.items);
    const firstGlobal = names.findIndex((name) => name.startsWith('aws:') && !actionKeys.includes(name));
    for (const key of actionKeys) {
      expect(names).toContain(key);
      expect(names.indexOf(key)).toBeLessThan(firstGlobal);
    }
    const sourceIp = item(list, 'aws:SourceIp');
    const globals = await catalog.globalConditionKeys();
    if (!globals.ok) throw new Error(globals.error.message);
    expect(sourceIp.detail).toBe(globals.value.find('aws:SourceIp')?.type);
    // A cross-service global key of a service the statement does not use stays out.
    expect(names.filter((name) => !name.startsWith('aws:') && !name.startsWith('s3:'))).toEqual([]);
  });

  it('turns key templates into tab stops and skips keys already present', async () => {
    const source =
      '{"Statement":[{"Action":"s3:GetObject","Condition":{"StringEquals":{"aws:SourceIp":"x", "|": "y"}}}]}';
    const list = await completeAt(source);
    expect(labels(list.items)).not.toContain('aws:SourceIp');
    const tag = item(list, 'aws:RequestTag/${TagKey}');
    expect(tag.insertText).toBe('aws:RequestTag/${1:TagKey}');
    const existing = list.items.find((candidate) => candidate.label.startsWith('s3:ExistingObjectTag/'));
    expect(existing?.insertText).toBe('s3:ExistingObjectTag/${1:key}');
  });
});

describe('element completion', () => {
  it('offers Allow and Deny for Effect', async () => {
    expect(labels((await completeAt('{"Statement":[{"Effect":"|"}]}')).items)).toEqual(['Allow', 'Deny']);
  });

  it('offers the statement keys not yet present, as valid JSON snippets', async () => {
    const source = '{"Statement":[{"Action":"s3:GetObject", "|"}]}';
    const list = await completeAt(source);
    const names = labels(list.items);
    expect(names).toEqual(expect.arrayContaining(['Sid', 'Effect', 'Resource', 'Condition']));
    expect(names).not.toContain('Action');
    expect(names).not.toContain('NotAction');
    for (const completion of list.items) expectValidJson(source, completion);
  });

  it('adds the comma a new property or value needs before the next one', async () => {
    const key = '{"Statement":[{"Eff|"\n  "Action": "s3:GetObject"}]}';
    const effect = item(await completeAt(key), 'Effect');
    expect(expandSnippet(applyItem(key, effect))).toContain('"Effect": "Allow",');
    expectValidJson(key, effect);
    const value = '{"Statement":[{"Action":[| "s3:GetObject"]}]}';
    expectValidJson(value, item(await completeAt(value), '*'));
  });

  it('offers the top-level keys with a whole Statement skeleton', async () => {
    const source = '{|}';
    const list = await completeAt(source);
    expect(labels(list.items)).toEqual(['Version', 'Id', 'Statement']);
    const tree = expectValidJson(source, item(list, 'Statement'));
    expect(tree).toBeDefined();
  });

  it('offers nothing in places without a grammar of their own', async () => {
    expect((await completeAt('{"Statement":[{"Sid":"a|"}]}')).items).toEqual([]);
    expect((await completeAt('{"Other":{"|"}}')).items).toEqual([]);
  });
});
