import { describe, expect, it } from 'vitest';

import { hoverAt } from './hoverContent';
import { activeTokens, markdownTokens, shownText } from './markdownTokens';
import { cursor, hoverAtMark, testCatalog } from './testHelpers';

const catalog = testCatalog();

describe('hoverAt', () => {
  it('describes s3:GetObject: service, access level, description, resource types', async () => {
    const source = '{"Statement":[{"Action":"s3:Get|Object"}]}';
    const hover = await hoverAtMark(source);
    const text = hover?.contents.join('\n') ?? '';
    const action = catalog.findAction('s3:GetObject');
    const details = await catalog.serviceDetails('s3');
    if (action === undefined || !details.ok) throw new Error('s3:GetObject missing from the catalog');
    expect(text).toContain(details.value.name);
    expect(text).toContain(action.accessLevel);
    expect(text).toContain(details.value.action('GetObject')?.description ?? '<none>');
    for (const type of action.resourceTypes) expect(text).toContain(type.arn);
    // The range is the whole string token, quotes included.
    const { text: policy } = cursor(source);
    expect(hover?.range).toEqual({
      start: policy.indexOf('"s3:'),
      end: policy.indexOf('"s3:') + '"s3:GetObject"'.length,
    });
  });

  it('counts the matches of a wildcard and lists the first ones', async () => {
    const hover = await hoverAtMark('{"Statement":[{"Action":["s3:GetObject","s3:Get*|"]}]}');
    const matches = catalog.actionsMatching('s3:Get*');
    expect(hover?.contents[0]).toContain(`matches ${matches.length} actions`);
    expect(hover?.contents[1]).toContain(matches[0]?.fullName);
    expect(hover?.contents[1]).toContain(`${matches.length - 10} more`);
  });

  it('shows the type and description of aws:SourceIp', async () => {
    const hover = await hoverAtMark(
      '{"Statement":[{"Condition":{"IpAddress":{"aws:Source|Ip":"10.0.0.0/8"}}}]}',
    );
    const globals = await catalog.globalConditionKeys();
    if (!globals.ok) throw new Error(globals.error.message);
    const entry = globals.value.find('aws:SourceIp');
    expect(entry).toBeDefined();
    const text = hover?.contents.join('\n') ?? '';
    expect(text).toContain(entry?.type);
    expect(text).toContain(entry?.description.slice(0, 20));
    expect(text).toContain('Global condition key');
  });

  it('resolves a tag key to its template and a service key to its service', async () => {
    const tag = await hoverAtMark(
      '{"Statement":[{"Condition":{"StringEquals":{"aws:PrincipalTag/te|am":"x"}}}]}',
    );
    expect(tag?.contents[0]).toContain('aws:PrincipalTag/${TagKey}');
    const prefix = await hoverAtMark('{"Statement":[{"Condition":{"StringLike":{"s3:pre|fix":"home/"}}}]}');
    expect(prefix?.contents.join('\n')).toContain('Service-specific condition key');
  });

  it('lists the condition keys an action supports and links the Service Authorization Reference', async () => {
    const hover = await hoverAtMark('{"Statement":[{"Action":"s3:Get|Object"}]}');
    const text = hover?.contents.join('\n') ?? '';
    const details = await catalog.serviceDetails('s3');
    if (!details.ok) throw new Error(details.error.message);
    const own = details.value.action('GetObject')?.conditionKeys ?? [];
    expect(own.length).toBeGreaterThan(0);
    expect(text).toContain('Condition keys:');
    expect(text).toContain(own[0]);
    expect(text).toContain('Service Authorization Reference');
  });

  it('names the actions that support a service condition key', async () => {
    const hover = await hoverAtMark('{"Statement":[{"Condition":{"StringLike":{"s3:pre|fix":"home/"}}}]}');
    const text = hover?.contents.join('\n') ?? '';
    expect(text).toMatch(/\d+ actions? supports? it:/);
    expect(text).toContain('s3:ListBucket');
    // A global key applies across services: no list of one service's actions.
    const global = await hoverAtMark(
      '{"Statement":[{"Condition":{"IpAddress":{"aws:Source|Ip":"10.0.0.0/8"}}}]}',
    );
    expect(global?.contents.join('\n')).not.toMatch(/support/);
  });

  it('explains condition operators, also before the catalog loads', () => {
    const { text, offset } = cursor(
      '{"Statement":[{"Condition":{"ForAllValues:StringNotEquals|IfExists":{"a":"b"}}}]}',
    );
    const hover = hoverAt(text, offset, null);
    const content = hover?.contents.join('\n') ?? '';
    expect(content).toContain('String condition operator');
    expect(content).toContain('IfExists');
    expect(content).toContain('Every value');
  });

  it('has nothing to say about unknown names, values of other elements, or the catalog before it loads', async () => {
    expect(await hoverAtMark('{"Statement":[{"Action":"s3:NoSuch|Thing"}]}')).toBeNull();
    expect(await hoverAtMark('{"Statement":[{"Condition":{"StringEqualz|":{"a":"b"}}}]}')).toBeNull();
    expect(await hoverAtMark('{"Statement":[{"Sid":"s3:Get|Object"}]}')).toBeNull();
    expect(
      await hoverAtMark('{"Statement":[{"Condition":{"StringEquals":{"aws:SourceIp":"aws:Source|Ip"}}}]}'),
    ).toBeNull();
    const { text, offset } = cursor('{"Statement":[{"Action":"s3:Get|Object"}]}');
    expect(hoverAt(text, offset, null)).toBeNull();
  });

  it.each([
    [
      'an Action value made of Markdown',
      '{"Statement":[{"Action":"s3:*|\\n\\n![x](https://attacker.example/pixel.png)\\n\\n[Open](https://attacker.example/login)"}]}',
      's3:*\\n\\n![x](https://attacker.example/pixel.png)\\n\\n[Open](https://attacker.example/login)',
    ],
    [
      'a tag key with backticks and HTML',
      '{"Statement":[{"Condition":{"StringEquals":{"aws:PrincipalTag/`` <img src=https://attacker.example/p.png>|":"x"}}}]}',
      'aws:PrincipalTag/`` <img src=https://attacker.example/p.png>',
    ],
  ])('shows %s as text: no image, link or HTML', async (_what, source, shown) => {
    const hover = await hoverAtMark(source);
    expect(hover).not.toBeNull();
    for (const paragraph of hover?.contents ?? []) expect(activeTokens(paragraph)).toEqual([]);
    const spans = markdownTokens(hover?.contents[0] ?? '').filter((token) => token.type === 'codespan');
    expect(spans.map(shownText)[0]).toBe(shown);
  });
});
