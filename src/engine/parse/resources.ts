/** Resource / NotResource: normalisation and ARN shape checks (docs/iam-semantics.md §1.7, §2.2). */
import { parseArn } from '../arn';
import type { ResourceElement, Located } from '../types';
import { quote, report, type ParseContext } from './context';
import type { ChosenElement } from './pairs';
import { readStringList } from './values';
import { checkVariables } from './variableChecks';

const WILDCARD = /[*?]/;

/** Reads the chosen Resource/NotResource member. `empty` is true for an empty array. */
export function readResources(
  ctx: ParseContext,
  chosen: ChosenElement<'Resource' | 'NotResource'>,
): { readonly element: ResourceElement; readonly empty: boolean } | null {
  const value = chosen.prop.value;
  if (value === undefined) return null;
  const list = readStringList(ctx, value, chosen.kind);
  if (list === null) return null;
  for (const item of list.items) checkResource(ctx, item, chosen.kind);
  const empty = list.isArray && (value.children?.length ?? 0) === 0;
  if (empty) {
    report(
      ctx,
      'empty-resource',
      value,
      `The ${chosen.kind} array is empty, so this statement applies to no resource and has no effect. Add resources or remove the statement.`,
    );
  }
  return { element: { kind: chosen.kind, patterns: list.items }, empty };
}

/** Offset just past the fifth `:` of `text` (where an ARN's resource part starts), or -1. */
function resourcePartStart(text: string): number {
  let at = -1;
  for (let n = 0; n < 5; n++) {
    at = text.indexOf(':', at + 1);
    if (at < 0) return -1;
  }
  return at + 1;
}

function checkResource(ctx: ParseContext, item: Located<string>, element: string): void {
  const text = item.value;
  if (text === '*') return;
  const arn = parseArn(text);
  if (arn === null) {
    report(ctx, 'malformed-arn', item.range, `Resource ${quote(text)} must be in ARN format or "*".`);
    return;
  }
  checkVariables(ctx, text, item.range, element, resourcePartStart(text));
  if (arn.service.length === 0) {
    report(
      ctx,
      'malformed-arn',
      item.range,
      `Resource ${quote(text)} has no service: ARNs have the form arn:partition:service:region:account:resource.`,
    );
  } else if (WILDCARD.test(arn.service) && !arn.service.includes('${')) {
    report(
      ctx,
      'arn-service-wildcard',
      item.range,
      `Resource vendor must be fully qualified and cannot contain regexes: ${quote(arn.service)} in ${quote(text)}.`,
    );
  }
  // Documented choice: IAM ARNs never carry a region, so any region text ("*" included) is flagged.
  if (arn.service === 'iam' && arn.region.length > 0) {
    report(
      ctx,
      'iam-arn-region',
      item.range,
      `IAM resource ${quote(text)} cannot contain region information.`,
    );
  }
}
