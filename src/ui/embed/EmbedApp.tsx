/**
 * `?embed`: a compact, read-only view of a scenario for an iframe in documentation. It shows the
 * documents as plain text, the Venn counts and each simulated request's decision, and links to
 * the same scenario in the full playground. A link that cannot be opened gets the full app's
 * alert, so an embed never passes the example scenario off as the linked one.
 */
import { describeLayer } from '../../engine';
import { usePlayground } from '../../state/hooks';
import { selectDocuments, selectIdentityTabs, selectOtherTabs, selectScenario } from '../../state/selectors';
import { VennDiagram } from '../diagram/VennDiagram';
import { SharingBanners } from '../sharing/SharingBanners';
import './embed.css';

const DECISION_LABEL = {
  Allowed: 'Allowed',
  ExplicitDeny: 'Explicitly denied',
  ImplicitDeny: 'Implicitly denied',
};

/** The full playground's address for the current state. */
function fullAppHref(fragment: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${fragment ? `#${fragment}` : ''}`;
}

/** The embed view. */
export function EmbedApp() {
  const fragment = usePlayground((s) => s.currentLink);
  const principal = usePlayground((s) => s.principal);
  // Both selectors return the store's own objects, so the shallow comparison keeps renders few.
  const tabs = usePlayground((s) => [...selectIdentityTabs(s), ...selectOtherTabs(s)]);
  const texts = new Map(usePlayground(selectDocuments).map((p) => [p.id, p.text]));
  const documents = tabs.flatMap((tab) => {
    const text = texts.get(tab.id);
    return text === undefined ? [] : [{ ...tab, text }];
  });
  const requests = usePlayground((s) => selectScenario(s).requests);
  const simulations = usePlayground((s) => s.snapshot?.simulations ?? []);
  return (
    <div className="embed">
      <header className="embed-header">
        <h1>IAM Policy Playground</h1>
        <a href={fullAppHref(fragment)} target="_blank" rel="noopener" data-testid="embed.open">
          Open in IAM Policy Playground
        </a>
      </header>
      <SharingBanners />
      <main className="embed-main">
        <p className="embed-principal">
          Caller: <code>{principal}</code>
        </p>
        <div className="embed-documents">
          {documents.map((doc) => (
            <section key={doc.id} className="embed-document" aria-label={`${doc.title}: ${doc.name}`}>
              <h2>
                {doc.title}: {doc.name}
              </h2>
              <pre tabIndex={0}>{doc.text}</pre>
            </section>
          ))}
        </div>
        <VennDiagram />
        <section aria-label="Simulated requests">
          <h2>Requests</h2>
          <ul className="embed-requests">
            {requests.map((request, i) => {
              const result = simulations[i];
              return (
                <li key={i} data-testid={`embed.request.${i}`}>
                  <code>{request.action}</code> on <code>{request.resource}</code>
                  {Object.keys(request.context).length > 0 && (
                    <span className="muted"> (with {Object.keys(request.context).join(', ')})</span>
                  )}
                  {': '}
                  <strong
                    className={`decision-${result?.decision ?? 'pending'}`}
                    data-testid="embed.decision"
                  >
                    {result ? DECISION_LABEL[result.decision] : '…'}
                  </strong>
                  {result?.deniedBy && (
                    <span className="muted"> by the {describeLayer(result.deniedBy)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      </main>
    </div>
  );
}
