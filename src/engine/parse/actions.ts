/** Action / NotAction: normalisation and shape checks (docs/iam-semantics.md §1.6). Action names are not looked up. */
import type { JsonNode } from '../json/parseJson';
import type { ActionElement, Located } from '../types';
import { quote, report, type ParseContext } from './context';
import type { ChosenElement } from './pairs';
import { readStringList } from './values';
import { checkNoVariables } from './variableChecks';

const SERVICE_WILDCARD = /[*?]/;

/** Reads the chosen Action/NotAction member. `empty` is true for an empty array. */
export function readActions(
  ctx: ParseContext,
  chosen: ChosenElement<'Action' | 'NotAction'>,
): { readonly element: ActionElement; readonly empty: boolean } | null {
  const value: JsonNode | undefined = chosen.prop.value;
  if (value === undefined) return null;
  const list = readStringList(ctx, value, chosen.kind);
  if (list === null) return null;
  for (const item of list.items) checkAction(ctx, item, chosen.kind);
  const empty = list.isArray && (value.children?.length ?? 0) === 0;
  if (empty) {
    report(
      ctx,
      'empty-action',
      value,
      `The ${chosen.kind} array is empty, so this statement applies to no action and has no effect. Add actions or remove the statement.`,
    );
  }
  return { element: { kind: chosen.kind, patterns: list.items }, empty };
}

function checkAction(ctx: ParseContext, item: Located<string>, element: string): void {
  const action = item.value;
  if (action === '*') return;
  if (checkNoVariables(ctx, action, item.range, element)) return;
  const colon = action.indexOf(':');
  if (colon < 0) {
    report(
      ctx,
      'action-format',
      item.range,
      `Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. Write ${quote(action)} as service:ActionName.`,
    );
    return;
  }
  if (action.indexOf(':', colon + 1) >= 0) {
    report(
      ctx,
      'action-format',
      item.range,
      `Actions/Condition can contain only one colon: ${quote(action)}.`,
    );
    return;
  }
  const service = action.slice(0, colon);
  if (service.length === 0 || colon === action.length - 1) {
    report(
      ctx,
      'action-format',
      item.range,
      `The action ${quote(action)} must have the form service:ActionName.`,
    );
    return;
  }
  if (SERVICE_WILDCARD.test(service)) {
    report(
      ctx,
      'action-service-wildcard',
      item.range,
      `Wildcard in service name: avoid wildcards (*, ?) in the service prefix ${quote(service)}; they may grant access to other services with similar names.`,
    );
  }
}
