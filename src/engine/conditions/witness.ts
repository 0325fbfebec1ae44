/**
 * Building request contexts from condition clauses: a value meant to satisfy a clause, values
 * worth trying for its key, and a small solver that finds a context in which some clauses hold
 * and some Deny statements' clauses fail. Every value the solver keeps is checked with the
 * evaluator's own {@link evaluateClause}, so a context it returns is one the engine agrees with.
 */

import type { ConditionClause, ContextEntry, ContextValue, RequestContext } from '../types';
import { evaluateClause } from './evaluate';

/** Base operators that hold when no value matches (their IfExists forms included). */
const NEGATED = /^(StringNot|ArnNot|NotIpAddress|NumericNot|DateNot)/;

/** Whether the clause's base operator is a negated one (`StringNotEquals`, `NotIpAddress`…). */
export function isNegatedClause(clause: ConditionClause): boolean {
  return NEGATED.test(clause.baseOperator);
}

/**
 * A value meant to satisfy a positive clause: its first policy value with wildcards filled,
 * moved past the bound for numeric comparisons, a host for an IP range. Unchecked: the solver
 * below keeps it only when the clause holds.
 */
export function satisfyingValue(clause: ConditionClause): string {
  const value = clause.values[0] ?? '';
  switch (clause.baseOperator) {
    case 'NumericLessThan':
    case 'NumericLessThanEquals':
      return String(Number(value) - 1);
    case 'NumericGreaterThan':
    case 'NumericGreaterThanEquals':
      return String(Number(value) + 1);
    case 'IpAddress':
      return value.replace(/\/\d+$/, '').replace(/\.0$/, '.7');
    default:
      return value.replace(/\*/g, 'x').replace(/\?/g, 'q');
  }
}

const DAY_MS = 86_400_000;

/** The date one day before and after `value` (ISO 8601, or epoch seconds when all digits). */
function datesAround(value: string): string[] {
  if (/^\d+$/.test(value)) return [String(Number(value) - 86_400), String(Number(value) + 86_400)];
  const time = Date.parse(value);
  if (Number.isNaN(time)) return [];
  return [new Date(time - DAY_MS).toISOString(), new Date(time + DAY_MS).toISOString()];
}

/** A value per operator family that policies rarely name, to make a clause fail. */
const UNLIKELY: Readonly<Record<string, readonly string[]>> = {
  Numeric: ['-999999999'],
  Date: ['1970-01-02T00:00:00Z'],
  Bool: ['true', 'false'],
  Ip: ['192.0.2.1', '2001:db8::1'],
  Binary: ['Z3VhcmRyYWlscy1wcm9iZQ=='],
  Arn: ['arn:aws:iam::000000000000:guardrails-probe'],
};

function family(clause: ConditionClause): string {
  const base = clause.baseOperator;
  if (base.startsWith('Numeric')) return 'Numeric';
  if (base.startsWith('Date')) return 'Date';
  if (base === 'Bool') return 'Bool';
  if (base === 'IpAddress' || base === 'NotIpAddress') return 'Ip';
  if (base.startsWith('Binary')) return 'Binary';
  if (base.startsWith('Arn')) return 'Arn';
  return 'String';
}

/** Values worth trying for a clause's key: ones that may satisfy it and ones that may not. */
export function candidateValues(clause: ConditionClause): string[] {
  const values = new Set<string>([satisfyingValue(clause)]);
  const kind = family(clause);
  for (const value of clause.values.slice(0, 8)) {
    values.add(value.replace(/\*/g, 'x').replace(/\?/g, 'q'));
    if (kind === 'Numeric') {
      values.add(String(Number(value) - 1));
      values.add(String(Number(value) + 1));
    } else if (kind === 'Date') for (const date of datesAround(value)) values.add(date);
  }
  for (const value of UNLIKELY[kind] ?? ['guardrails-probe']) values.add(value);
  return [...values];
}

/** What {@link solveContext} is asked for. */
export interface ContextProblem {
  /** Clauses that must all hold (an Allow statement's conditions). */
  readonly hold: readonly ConditionClause[];
  /** Clause lists of which at least one clause each should fail (conditional Deny statements). */
  readonly avoid: readonly (readonly ConditionClause[])[];
  /** Lower-cased keys the solver may neither set nor remove (the caller's and the request's own). */
  readonly fixed: ReadonlySet<string>;
  /** The context the fixed keys have. */
  readonly base: RequestContext;
}

/** One way a key may be given: absent, one value, or a multivalued list. */
type Option = null | ContextValue;

function entryOf(key: string, value: ContextValue): ContextEntry {
  return typeof value === 'string'
    ? { key, values: [value], multivalued: false }
    : { key, values: value, multivalued: true };
}

/** The options to try for a key, absent first so that the context stays as small as it can. */
function optionsFor(clauses: readonly ConditionClause[]): Option[] {
  const values = [...new Set(clauses.flatMap(candidateValues))];
  const multivalued = clauses.some((clause) => clause.qualifier !== null);
  const single: Option[] = values;
  const lists: Option[] = values.map((value) => [value]);
  return [null, ...(multivalued ? [...lists, ...single] : [...single, ...lists])];
}

/**
 * A context (keys outside `fixed` only) in which every clause of `hold` holds and, where it can
 * be arranged without breaking `hold`, each list of `avoid` has a failing clause. Null when
 * some clause of `hold` cannot be made to hold (it is on a fixed key, or no value tried fits).
 * Keys are independent (each clause tests one key), so each is solved on its own; a policy
 * variable in a value reads the context built so far.
 */
export function solveContext(problem: ContextProblem): Record<string, ContextValue> | null {
  const context = new Map(problem.base);
  const chosen = new Map<string, ContextValue>();
  const holdOn = new Map<string, ConditionClause[]>();
  for (const clause of problem.hold) {
    const key = clause.key.toLowerCase();
    if (problem.fixed.has(key)) {
      if (!evaluateClause(clause, context, true)) return null;
      continue;
    }
    holdOn.set(key, [...(holdOn.get(key) ?? []), clause]);
  }
  const relatedTo = (key: string) =>
    [...problem.hold, ...problem.avoid.flat()].filter((c) => c.key.toLowerCase() === key);
  const set = (key: string, name: string, option: Option) => {
    if (option === null) context.delete(key);
    else context.set(key, entryOf(name, option));
  };
  const holdsAll = (key: string) => (holdOn.get(key) ?? []).every((c) => evaluateClause(c, context, true));

  for (const [key, clauses] of holdOn) {
    const name = (clauses[0] as ConditionClause).key;
    const fit = optionsFor(relatedTo(key)).find((option) => {
      set(key, name, option);
      return holdsAll(key);
    });
    if (fit === undefined) return null;
    set(key, name, fit);
    if (fit !== null) chosen.set(name, fit);
  }

  for (const clauses of problem.avoid) {
    if (clauses.length === 0 || !clauses.every((c) => evaluateClause(c, context, true))) continue;
    broken: for (const clause of clauses) {
      const key = clause.key.toLowerCase();
      if (problem.fixed.has(key)) continue;
      const before = context.get(key);
      for (const option of optionsFor(relatedTo(key))) {
        set(key, clause.key, option);
        if (holdsAll(key) && !evaluateClause(clause, context, true)) {
          for (const name of chosen.keys()) if (name.toLowerCase() === key) chosen.delete(name);
          if (option !== null) chosen.set(clause.key, option);
          break broken;
        }
      }
      if (before === undefined) context.delete(key);
      else context.set(key, before);
    }
  }
  return Object.fromEntries(chosen);
}
