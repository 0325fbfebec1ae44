/**
 * The IAM policy language for Monaco: completion, hovers and quick fixes on policy models, plus
 * the engine's diagnostics as markers. Loaded with Monaco (lazily).
 */
import type { Catalog } from '../../../catalog';
import type { monaco } from '../monacoSetup';
import { registerPolicyCompletion } from './completion';
import { registerPolicyHover } from './hover';
import { registerPolicyQuickFixes } from './quickFix';

export { applyEngineMarkers, clearEngineMarkers, toMarkers } from './markers';
export { registerPolicyCompletion } from './completion';
export { registerPolicyHover } from './hover';
export { registerPolicyQuickFixes } from './quickFix';

let installed: { readonly providers: readonly monaco.IDisposable[]; users: number } | null = null;
let currentGetCatalog: () => Catalog | null = () => null;

/**
 * Registers the policy language providers once, however often it is called (React StrictMode
 * mounts twice; several editors share them). Each call returns a handle; the providers go away
 * when every handle is disposed. The latest `getCatalog` is the one used.
 */
export function installPolicyLanguage(getCatalog: () => Catalog | null): monaco.IDisposable {
  currentGetCatalog = getCatalog;
  if (installed === null) {
    const catalog = () => currentGetCatalog();
    installed = {
      providers: [
        registerPolicyCompletion(catalog),
        registerPolicyHover(catalog),
        registerPolicyQuickFixes(),
      ],
      users: 0,
    };
  }
  const current = installed;
  current.users++;
  let disposed = false;
  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      current.users--;
      if (current.users > 0 || installed !== current) return;
      for (const provider of current.providers) provider.dispose();
      installed = null;
    },
  };
}
