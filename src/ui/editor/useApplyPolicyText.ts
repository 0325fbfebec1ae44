/**
 * Putting a whole policy text produced elsewhere (a guardrails fix, a verified fix of a denied
 * request) into the playground: through the store, so the open editor shows it as one undoable
 * edit (see `replaceModelText.ts`), and with its tab opened.
 */
import { usePlaygroundActions } from '../../state/hooks';

/** Why a refused change was not made; the `limit` banner gives the cap it would break. */
export const REFUSED_CHANGE =
  'The change was not made: the work would no longer fit in a link (the notice above says why).';

/** Replaces the text of the policy `policyId` and opens its tab; returns why it could not, or null. */
export function useApplyPolicyText(): (policyId: string, text: string) => string | null {
  const { setPolicyText, setActiveTab } = usePlaygroundActions();
  return (policyId, text) => {
    if (!setPolicyText(policyId, text)) return REFUSED_CHANGE;
    setActiveTab(policyId);
    return null;
  };
}
