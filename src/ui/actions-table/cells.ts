/** How table cells read: short labels for layer classes, effective decisions and reasons. */
import { slotOfLayer, type Layer } from '../../engine';
import type { EffectiveClass, LayerClass } from '../../worker/protocol';

/** Label of a per-layer class. */
export const LAYER_CLASS_LABEL: Record<LayerClass, string> = {
  all: 'allows',
  some: 'partly',
  none: '—',
  denied: 'denies',
};

/** Label of an effective decision. */
export const EFFECTIVE_LABEL: Record<EffectiveClass, string> = {
  allowed: 'Allowed',
  conditional: 'Conditional',
  denied: 'Denied',
};

/** The reason column: why the action ends where it does. */
export function reasonText(
  effective: EffectiveClass,
  deniedBy: Layer | null,
  explicit: boolean,
  always: boolean,
): string {
  if (always) return 'AWS always allows it';
  if (effective === 'allowed') return 'Every layer allows it';
  if (effective === 'conditional') return 'Allowed for some resources or conditions';
  if (!deniedBy) return 'Denied';
  // The policy types as AWS's AccessDenied messages name them.
  const { name, article } = slotOfLayer(deniedBy).denial;
  return explicit ? `Explicit deny in ${article} ${name}` : `No ${name} allows it`;
}

/** Column heading of a layer key such as `identity`, `boundary` or `scp:Root`. */
export function layerHeading(layer: string): string {
  const [kind, level] = layer.split(':');
  const base: Record<string, string> = {
    identity: 'Identity',
    boundary: 'Boundary',
    session: 'Session',
    scp: 'SCP',
    rcp: 'RCP',
  };
  return level ? `${base[kind ?? ''] ?? kind} ${level}` : (base[kind ?? ''] ?? layer);
}
