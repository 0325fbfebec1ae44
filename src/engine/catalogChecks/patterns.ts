/** What an action pattern asks of the catalog, and which service details a policy needs. */
import type { ParseResult } from '../types';

/** An action pattern, classified for catalog lookups. */
export type PatternShape =
  /** `*`, a malformed pattern (the parser reports it), or one with a variable: not looked up. */
  | { readonly kind: 'unchecked' }
  /** A wildcard in the service prefix: it may match any number of services, so not looked up. */
  | { readonly kind: 'service-wildcard' }
  | {
      readonly kind: 'action';
      /** The prefix as typed. */
      readonly service: string;
      /** The action name or name glob as typed. */
      readonly name: string;
      readonly wildcard: boolean;
    };

const UNCHECKED: PatternShape = { kind: 'unchecked' };
const SERVICE_WILDCARD: PatternShape = { kind: 'service-wildcard' };

function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** Classifies a pattern; only the `service:Name` shape the parser accepts is looked up. */
export function classifyPattern(pattern: string): PatternShape {
  if (pattern.includes('${')) return UNCHECKED;
  const colon = pattern.indexOf(':');
  if (colon <= 0 || colon === pattern.length - 1 || pattern.indexOf(':', colon + 1) >= 0) return UNCHECKED;
  const service = pattern.slice(0, colon);
  if (hasWildcard(service)) return SERVICE_WILDCARD;
  const name = pattern.slice(colon + 1);
  return { kind: 'action', service, name, wildcard: hasWildcard(name) };
}

// The prefixes the catalog can hold; anything else cannot name a service, so is never loaded.
const PREFIX = /^[a-z0-9-]+$/;

/**
 * Lower-case service prefixes whose details `checkAgainstCatalog` needs: those named in the
 * Action element of statements with a Condition (only condition-key checks read details).
 * Unknown prefixes may be listed; the catalog answers them with an `unknown-service` error,
 * which the caller can ignore.
 */
export function servicesToLoad(parse: ParseResult): string[] {
  const prefixes = new Set<string>();
  for (const statement of parse.policy?.statements ?? []) {
    if (statement.action?.kind !== 'Action' || statement.conditions.length === 0) continue;
    for (const pattern of statement.action.patterns) {
      const shape = classifyPattern(pattern.value);
      if (shape.kind !== 'action') continue;
      const prefix = shape.service.toLowerCase();
      if (PREFIX.test(prefix)) prefixes.add(prefix);
    }
  }
  return [...prefixes];
}
