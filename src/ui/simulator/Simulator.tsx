/**
 * The request simulator: the scenario's requests as a suite on one side; the selected request's
 * fields and its answer (decision, AWS's AccessDenied message, trace) on the other.
 */
import { RequestEditor } from './RequestEditor';
import { RequestResult } from './RequestResult';
import { RequestSuite } from './RequestSuite';

/** The simulator panel. */
export function Simulator() {
  return (
    <section className="simulator" aria-label="Request simulator" data-testid="simulator">
      <RequestSuite />
      <div className="sim-request">
        <RequestEditor />
        <RequestResult />
      </div>
    </section>
  );
}
