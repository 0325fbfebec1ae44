/** Connects a trace to the editors: reveal a statement, and highlight all of them. */
import { useContext, useEffect } from 'react';

import type { EvaluationResult, PolicyTrace } from '../../engine';
import { describeReason } from '../../engine';
import { PlaygroundStoreContext, usePlaygroundActions } from '../../state/hooks';
import { selectTraceDocumentId } from '../../state/selectors';
import { highlightStatements, revealInEditor, type Highlight } from '../editor/editorBus';

/** Highlights `result`'s statements in the editors while mounted; returns a reveal function. */
export function useTraceNavigation(
  result: EvaluationResult | null,
): (policy: PolicyTrace, statementIndex: number) => void {
  const store = useContext(PlaygroundStoreContext);
  const { setActiveTab } = usePlaygroundActions();

  useEffect(() => {
    if (!result || !store) return;
    const state = store.getState();
    const highlights: Highlight[] = [];
    for (const policy of result.trace) {
      const documentId = selectTraceDocumentId(state, policy);
      if (!documentId) continue;
      for (const s of policy.statements) {
        // Statements whose action does not even match are noise, except in the layer that denied:
        // there they are the statements that did not cover the request.
        if (!s.matched && s.reason?.code === 'action-not-listed' && policy.layer !== result.deniedBy)
          continue;
        highlights.push({
          documentId,
          range: s.range,
          tone: s.matched ? 'match' : 'miss',
          note: s.matched
            ? `${s.effect} statement matches this request`
            : `Does not match: ${s.reason ? describeReason(s.reason) : ''}`,
        });
      }
    }
    highlightStatements(highlights);
    return () => highlightStatements([]);
  }, [result, store]);

  return (policy, statementIndex) => {
    if (!store) return;
    const documentId = selectTraceDocumentId(store.getState(), policy);
    const statement = policy.statements.find((s) => s.index === statementIndex);
    if (!documentId || !statement) return;
    setActiveTab(documentId);
    revealInEditor(documentId, statement.range.start.line, statement.range.start.column);
  };
}
