/** The Monaco code action provider: "Replace with '…'" for engine markers that carry a suggestion. */
import { monaco } from '../monacoSetup';
import { rangeOf } from './completion';
import { suggestionFor } from './markers';
import { isPolicyModel } from './policyModel';
import { quickFixEdit, quickFixTitle } from './quickFixEdit';

/** Registers the "did you mean" quick fixes of the engine's diagnostics (see `applyEngineMarkers`). */
export function registerPolicyQuickFixes(): monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider(
    'json',
    {
      provideCodeActions(model, _range, context) {
        if (!isPolicyModel(model)) return undefined;
        const actions: monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          const suggestion = suggestionFor(model, marker);
          if (suggestion === undefined) continue;
          const start = model.getOffsetAt({ lineNumber: marker.startLineNumber, column: marker.startColumn });
          const end = model.getOffsetAt({ lineNumber: marker.endLineNumber, column: marker.endColumn });
          const edit = quickFixEdit(model.getValue(), { start, end }, suggestion);
          actions.push({
            title: quickFixTitle(suggestion),
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            edit: {
              edits: [
                {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: { range: rangeOf(model, edit.range), text: edit.text },
                },
              ],
            },
          });
        }
        return { actions, dispose: () => undefined };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
