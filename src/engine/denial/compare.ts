/**
 * Comparing the playground's answer with what AWS's message said: whether they agree and, when
 * not, what the difference means about the scenario (one sentence per combination).
 */

import { slotOfLayer } from '../scenario/slots';
import type { EvaluationResult, Layer, LayerSkip, ResourcePolicyKind } from '../types';
import type { AwsSaid } from './types';

/** How the two answers relate. */
export type ComparisonCode =
  /** Same layer, same decision (or AWS's wording does not tell the decision). */
  | 'agrees'
  /** AWS's layer denies in the scenario too; the scenario names another layer first. */
  | 'agrees-other-reason'
  /** AWS named no policy type: both deny, nothing more to compare. */
  | 'no-details'
  /** AWS denied; the scenario allows. */
  | 'scenario-allows'
  /** Same layer, but one says explicit deny and the other implicit. */
  | 'decision-differs'
  /** The scenario denies in another layer and not in the one AWS names. */
  | 'different-layer';

/** The comparison, with its one-sentence meaning. */
export interface AwsComparison {
  readonly code: ComparisonCode;
  /** True when they agree, false when they differ, null when AWS said too little to tell. */
  readonly agrees: boolean | null;
  readonly sentence: string;
}

interface TypeWords {
  readonly name: string;
  readonly article: string;
}

function typeWords(layer: Layer, kind?: ResourcePolicyKind): TypeWords {
  if (layer === 'resource' && kind === 'kms-key') return { name: 'KMS key policy', article: 'the' };
  if (layer === 'resource' && kind === 'role-trust') return { name: 'role trust policy', article: 'the' };
  return slotOfLayer(layer).denial;
}

/** "AWS says …" for what AWS said about a layer. */
function awsSays(said: AwsSaid, layer: Layer): string {
  const type = typeWords(layer, said.resourcePolicyKind);
  if (said.decision === 'ExplicitDeny')
    return `AWS says a Deny statement in ${type.article} ${type.name} denied this`;
  if (said.decision === 'ImplicitDeny') return `AWS says no ${type.name} allowed this`;
  if (said.resourcePolicyKind === 'kms-key') {
    return 'AWS says the KMS key policy did not allow this (or the key is in another Region, or does not exist)';
  }
  return `AWS says ${type.article} ${type.name} denied this`;
}

/** How the scenario denied, e.g. "an explicit deny in a permissions boundary". */
function scenarioDenial(result: EvaluationResult): string {
  const layer = result.deniedBy as Layer;
  const type = typeWords(layer);
  return result.decision === 'ExplicitDeny'
    ? `an explicit deny in ${type.article} ${type.name}`
    : `no ${type.name} allows it`;
}

function skipWords(skip: LayerSkip): string {
  switch (skip.reason) {
    case 'management-account':
      return `account ${skip.account} is the management account, which ${skip.layer === 'scp' ? 'SCPs' : 'RCPs'} do not govern`;
    case 'service-not-supported':
      return `RCPs do not govern ${skip.service}`;
    case 'exempt-action':
      return `RCPs do not govern ${skip.action}`;
    case 'not-through-endpoint':
      return 'the request does not go through the VPC endpoint';
  }
}

/** Why the scenario's version of `layer` did not deny: skipped, allowed, or missing. */
function whyNotThere(
  result: EvaluationResult,
  said: AwsSaid,
  layer: Layer,
): { missing: boolean; text: string } {
  const type = typeWords(layer, said.resourcePolicyKind).name;
  const skip = result.skippedLayers.find((s) => s.layer === layer);
  if (skip !== undefined) {
    return { missing: false, text: `the scenario skips the ${type} for this request (${skipWords(skip)})` };
  }
  if (result.trace.some((policy) => policy.layer === layer)) {
    return {
      missing: false,
      text: `the scenario's ${type} does not deny it: AWS's ${type} differs from the scenario's, or AWS's request had another context`,
    };
  }
  return { missing: true, text: '' };
}

/** AWS's decision is consistent with the scenario's for the same layer. */
function consistent(said: AwsSaid, result: EvaluationResult, layer: Layer): boolean {
  if (said.decision === null || said.decision === result.decision) return true;
  // Documented choice: older AWS pages say an SCP denial reads "explicit deny" even when it is
  // implicit (troubleshoot_access-denied.html), so that pair counts as agreeing.
  return layer === 'scp' && said.decision === 'ExplicitDeny' && result.decision === 'ImplicitDeny';
}

function decisionDiffers(said: AwsSaid, layer: Layer): AwsComparison {
  const type = typeWords(layer, said.resourcePolicyKind).name;
  const sentence =
    said.decision === 'ExplicitDeny'
      ? `Both name the ${type}, but AWS says a Deny statement in it matched while the scenario's ${type} only lacks an Allow: AWS's ${type} has a Deny the scenario's lacks, or AWS's request context made one match.`
      : `Both name the ${type}, but AWS found no Allow in it while a Deny statement in the scenario's ${type} matches: the scenario's has a Deny AWS's lacks, or its condition held here but not in AWS's request.`;
  return { code: 'decision-differs', agrees: false, sentence };
}

/** Compares what AWS said with the playground's result for the same request. Pure. */
export function compareWithAws(said: AwsSaid, result: EvaluationResult): AwsComparison {
  const layer = said.layer;
  if (result.decision === 'Allowed') {
    if (layer === null) {
      return {
        code: 'scenario-allows',
        agrees: false,
        sentence:
          "The scenario allows this request, which AWS denied without naming a policy type: the scenario lacks a policy AWS applied, or AWS's request differed (caller, resource or context).",
      };
    }
    const why = whyNotThere(result, said, layer);
    return {
      code: 'scenario-allows',
      agrees: false,
      sentence: why.missing
        ? `The scenario is missing a policy AWS applied: ${awsSays(said, layer)}.`
        : `The scenario allows this request, but ${awsSays(said, layer)}; ${why.text}.`,
    };
  }
  if (layer === null) {
    if (said.decision === null) {
      return {
        code: 'no-details',
        agrees: null,
        sentence: `AWS's message does not say which policy denied the request; the scenario denies it too: ${scenarioDenial(result)}.`,
      };
    }
    const same = said.decision === result.decision;
    return {
      code: same ? 'agrees' : 'decision-differs',
      agrees: same,
      sentence: same
        ? `AWS and the scenario both deny this request ${said.decision === 'ExplicitDeny' ? 'explicitly' : 'implicitly'}; AWS does not name the policy type, the scenario finds ${scenarioDenial(result)}.`
        : `AWS says ${said.decision === 'ExplicitDeny' ? 'a Deny statement matched' : 'no policy allowed it'}, but the scenario finds ${scenarioDenial(result)}.`,
    };
  }
  if (layer === result.deniedBy) {
    if (!consistent(said, result, layer)) return decisionDiffers(said, layer);
    const scpWording =
      said.decision === 'ExplicitDeny' && result.decision === 'ImplicitDeny'
        ? ' (AWS words SCP denials as explicit even when no SCP allows the action)'
        : '';
    return {
      code: 'agrees',
      agrees: true,
      sentence: `The scenario agrees with AWS: ${scenarioDenial(result)}${scpWording}.`,
    };
  }
  if (result.deniedByAll.includes(layer) && consistent(said, result, layer)) {
    const type = typeWords(layer, said.resourcePolicyKind).name;
    return {
      code: 'agrees-other-reason',
      agrees: true,
      sentence: `The scenario denies this in the ${type} too, and names the ${typeWords(result.deniedBy as Layer).name} first: AWS names only one reason when several apply.`,
    };
  }
  const why = whyNotThere(result, said, layer);
  return {
    code: 'different-layer',
    agrees: false,
    sentence: why.missing
      ? `The scenario is missing a policy AWS applied: ${awsSays(said, layer)}, while the scenario finds ${scenarioDenial(result)}.`
      : `${awsSays(said, layer)}, but ${why.text}; the scenario finds ${scenarioDenial(result)}.`,
  };
}
