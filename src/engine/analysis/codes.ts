/**
 * The analysis' code tables: each class and region is stored as its position in one of these
 * lists, in the analysis' typed arrays and in the worker's snapshot alike, so there is one
 * numbering to agree on.
 */
import { LAYERS, type Layer } from '../types';
import type { EffectiveClass, LayerClass, Region } from './types';

/** Per-layer classes by code. */
export const LAYER_CLASSES = ['none', 'some', 'all', 'denied'] as const satisfies readonly LayerClass[];

/** Effective results by code. */
export const EFFECTIVE_CLASSES = [
  'allowed',
  'conditional',
  'denied',
] as const satisfies readonly EffectiveClass[];

/** Venn regions by code. */
export const REGIONS = [
  'alwaysAllowed',
  'explicitDeny',
  'effective',
  'cutElsewhere',
  'identityOnly',
  'boundaryOnly',
  'neither',
] as const satisfies readonly Region[];

/** Denying layers by code: 0 is "not denied", then the layers in the documented order. */
export const DENIED_BY: readonly (Layer | null)[] = [null, ...LAYERS];

// Fail to compile when a class or region is added to its type but not to its table.
type Missing<T, Table extends readonly unknown[]> = Exclude<T, Table[number]>;
const _complete: [
  Missing<LayerClass, typeof LAYER_CLASSES>,
  Missing<EffectiveClass, typeof EFFECTIVE_CLASSES>,
  Missing<Region, typeof REGIONS>,
] extends [never, never, never]
  ? true
  : false = true;
void _complete;
