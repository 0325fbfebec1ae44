import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { createCatalogView } from './createCatalogView';

const catalog = createNodeCatalog();
const load = async (prefix: string) => {
  const loaded = await catalog.serviceDetails(prefix);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
};
const globals = await catalog.globalConditionKeys();
if (!globals.ok) throw new Error(globals.error.message);

describe('createCatalogView', () => {
  it('answers name lookups from the catalog, ignoring case', () => {
    const view = createCatalogView(catalog, [], undefined);
    expect(view.servicePrefixes).toContain('s3');
    expect(view.hasService('S3')).toBe(true);
    expect(view.hasService('s3x')).toBe(false);
    expect(view.hasAction('S3:getobject')).toBe(true);
    expect(view.hasAction('s3:GetObjekt')).toBe(false);
    expect(view.actionsMatching('s3:GetObjectT*')).toEqual(expect.arrayContaining(['s3:GetObjectTagging']));
    expect(view.actionsMatching('S3:GETOBJECTT*')).toEqual(view.actionsMatching('s3:GetObjectT*'));
    expect(view.actionsMatching('s3:Frobnicate*')).toEqual([]);
    expect(view.suggest('s3:GetObjekt')).toBe('s3:GetObject');
  });

  it('lists an action’s own keys and those of its resource types', async () => {
    const view = createCatalogView(catalog, [await load('ec2'), await load('s3')], globals.value);
    const runInstances = view.actionConditionKeys('ec2:RunInstances') ?? [];
    // ec2:InstanceType belongs to the instance resource type, not to the action itself.
    expect(runInstances).toEqual(expect.arrayContaining(['ec2:InstanceType', 'aws:RequestTag/${TagKey}']));
    expect(view.actionConditionKeys('S3:LISTBUCKET')).toEqual(expect.arrayContaining(['s3:prefix']));
    expect(view.actionConditionKeys('s3:GetObject')).not.toContain('s3:prefix');
  });

  it('counts keys no action lists as supported by every action of the service', async () => {
    const view = createCatalogView(catalog, [await load('iottwinmaker')], globals.value);
    expect(view.actionConditionKeys('iottwinmaker:GetEntity')).toContain('iottwinmaker:linkedServices');
  });

  it('has no keys for unknown actions or services whose details are not loaded', async () => {
    const view = createCatalogView(catalog, [await load('s3')], globals.value);
    expect(view.actionConditionKeys('ec2:RunInstances')).toBeUndefined();
    expect(view.actionConditionKeys('s3:GetObjekt')).toBeUndefined();
    expect(view.actionConditionKeys('nocolon')).toBeUndefined();
  });

  it('knows global keys, templates included, only when they are loaded', () => {
    const view = createCatalogView(catalog, [], globals.value);
    expect(view.isGlobalConditionKey('aws:SourceIp')).toBe(true);
    expect(view.isGlobalConditionKey('AWS:PRINCIPALTAG/team')).toBe(true);
    expect(view.isGlobalConditionKey('s3:prefix')).toBe(false);
    expect(createCatalogView(catalog, [], undefined).isGlobalConditionKey('aws:SourceIp')).toBeUndefined();
  });
});
