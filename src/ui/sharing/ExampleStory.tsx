/**
 * The opened gallery example's story, kept in view while it is open: what it shows, and a "Try…"
 * step per request with the answer to expect and why. A step selects its request in the simulator.
 */
import { findExample } from '../../examples';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { DECISION_LABEL } from '../simulator/decisionLabels';

/** The story panel; nothing when no example is open. */
export function ExampleStory() {
  const id = usePlayground((s) => s.activeExample);
  const requests = usePlayground((s) => s.requests);
  const { selectRequest, setResultsView } = usePlaygroundActions();
  const example = id === null ? undefined : findExample(id);
  if (example === undefined) return null;
  return (
    <details className="example-story" open data-testid="example-story">
      <summary>
        <strong>{example.title}</strong> <span className="muted">· example</span>
      </summary>
      <p>{example.explanation}</p>
      <ol className="story-steps">
        {example.expectations.map((step, i) => {
          // The step's request, by position, while the person has not reordered or edited it.
          const request = requests[i];
          const same =
            request !== undefined &&
            request.action === step.request.action &&
            (request.resource.trim() || '*') === step.request.resource;
          return (
            <li key={i}>
              <button
                type="button"
                className="link-button"
                disabled={!same}
                title={same ? 'Select this request in the simulator' : 'The request was changed'}
                onClick={() => {
                  if (!request) return;
                  selectRequest(request.id);
                  setResultsView('simulator');
                }}
                data-testid={`story.step.${i}`}
              >
                Try <code>{step.request.action}</code>
                {step.request.resource !== '*' && (
                  <>
                    {' '}
                    on <code>{step.request.resource}</code>
                  </>
                )}
              </button>
              : {DECISION_LABEL[step.decision]}. <span className="muted">{step.why}</span>
            </li>
          );
        })}
      </ol>
      <p className="muted">
        Source:{' '}
        <a href={example.source} target="_blank" rel="noopener noreferrer">
          {example.source}
        </a>
      </p>
    </details>
  );
}
