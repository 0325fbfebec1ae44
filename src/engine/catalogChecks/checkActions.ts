/** Catalog checks of Action/NotAction patterns: unknown services, unknown actions, empty wildcards. */
import type { CatalogDiagnosticCode } from './codes';
import { classifyPattern } from './patterns';
import { shown } from './report';
import { isUnlistedService } from './unlistedServices';
import type { CatalogView } from './view';

/** What the catalog says about one pattern, independent of where it is written. */
export interface PatternVerdict {
  /** The pattern names known actions of a named service (so condition keys can be checked). */
  readonly resolved: boolean;
  /** The problem to report, if any. */
  readonly problem: {
    readonly code: CatalogDiagnosticCode;
    readonly message: string;
    readonly suggestion?: string;
  } | null;
}

const UNRESOLVED: PatternVerdict = { resolved: false, problem: null };
const RESOLVED: PatternVerdict = { resolved: true, problem: null };

/** Judges one pattern; `nearestService` proposes a prefix for an unknown one. */
export function judgePattern(
  pattern: string,
  view: CatalogView,
  nearestService: (prefix: string) => string | undefined,
): PatternVerdict {
  const shape = classifyPattern(pattern);
  if (shape.kind !== 'action') return UNRESOLVED;
  const { service, name, wildcard } = shape;
  if (!view.hasService(service)) {
    return isUnlistedService(service)
      ? UNRESOLVED
      : unknownService(service, name, wildcard, view, nearestService);
  }
  if (wildcard) {
    if (view.actionsMatching(pattern).length > 0) return RESOLVED;
    return problem(
      'wildcard-matches-nothing',
      `The pattern ${shown(pattern)} matches no ${service.toLowerCase()} action, so it has no effect. Check the spelling.`,
    );
  }
  if (view.hasAction(pattern)) return RESOLVED;
  const suggestion = view.suggest(pattern);
  return suggestion === undefined
    ? problem(
        'unknown-action',
        `The action ${shown(pattern)} does not exist in the ${service.toLowerCase()} service.`,
      )
    : problem(
        'unknown-action',
        `The action ${shown(pattern)} does not exist. Did you mean ${suggestion}?`,
        suggestion,
      );
}

function problem(code: CatalogDiagnosticCode, message: string, suggestion?: string): PatternVerdict {
  return {
    resolved: false,
    problem: suggestion === undefined ? { code, message } : { code, message, suggestion },
  };
}

function unknownService(
  service: string,
  name: string,
  wildcard: boolean,
  view: CatalogView,
  nearestService: (prefix: string) => string | undefined,
): PatternVerdict {
  const nearest = nearestService(service);
  const message = `The service prefix ${shown(service)} is not an AWS service.`;
  if (nearest === undefined) return problem('unknown-service', message);
  // The fix should leave a working action: if the name is misspelt too, take the nearest action.
  let fixed = `${nearest}:${name}`;
  if (!wildcard && !view.hasAction(fixed)) {
    const nearestAction = view.suggest(fixed);
    if (nearestAction?.toLowerCase().startsWith(`${nearest}:`)) fixed = nearestAction;
  }
  return problem('unknown-service', `${message} Did you mean ${nearest}?`, fixed);
}
