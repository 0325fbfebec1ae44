/**
 * Nothing in an editor opens another page. Policy text is often someone else's (a shared link,
 * a pasted policy), so URLs in it are not links (`links: false` on every editor) and any link
 * Monaco would still open, from a hover or a marker, is swallowed here.
 */
import { monaco } from './monacoSetup';

/** Registers the opener that refuses every link; Monaco asks the last registered opener first. */
export function installLinkGuard(): monaco.IDisposable {
  return monaco.editor.registerLinkOpener({ open: () => true });
}
