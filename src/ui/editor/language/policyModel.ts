/** Which Monaco models the policy language features serve. */
import { POLICY_MODEL_PREFIX } from '../policySchema';

/** Whether a model holds a policy document (its URI is under `inmemory://policy/`). */
export function isPolicyModel(model: { readonly uri: { toString(): string } }): boolean {
  return model.uri.toString().startsWith(POLICY_MODEL_PREFIX);
}
