/**
 * A way out of the editor by keyboard. Monaco keeps Tab for indentation, so Tab alone never
 * leaves it; Escape switches on Monaco's tab-focus mode until the next key that is not Tab, so
 * Esc then Tab (or Shift+Tab) moves focus on, while typing after Esc indents as usual. Monaco's
 * own Ctrl+M (Ctrl+Shift+M on macOS) still toggles the mode for good.
 */
import { monaco } from './monacoSetup';

const MODIFIERS = new Set([
  monaco.KeyCode.Shift,
  monaco.KeyCode.Ctrl,
  monaco.KeyCode.Alt,
  monaco.KeyCode.Meta,
]);

/** Installs Esc-then-Tab on `editor`; dispose the result to remove it. */
export function installKeyboardEscape(editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable {
  let armed = false;
  const disarm = () => {
    if (!armed) return;
    armed = false;
    // Only this editor's option: Ctrl+M's global mode, if on, still applies.
    editor.updateOptions({ tabFocusMode: false });
  };
  const keys = editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) {
      armed = true;
      editor.updateOptions({ tabFocusMode: true });
    } else if (e.keyCode !== monaco.KeyCode.Tab && !MODIFIERS.has(e.keyCode)) {
      // Shift alone must not disarm: it starts Shift+Tab.
      disarm();
    }
  });
  const blur = editor.onDidBlurEditorText(disarm);
  return {
    dispose: () => {
      keys.dispose();
      blur.dispose();
    },
  };
}
