/** The page layout. No logic lives here: panels read what they need from the store. */
import { usePlayground } from '../state/hooks';
import { PolicyEditor } from './editor/PolicyEditor';

/** The whole playground. */
export function App() {
  const identity = usePlayground((s) => s.identityPolicies);
  const boundary = usePlayground((s) => s.permissionsBoundary);
  const principal = usePlayground((s) => s.principal);
  return (
    <div className="app">
      <header className="app-header">
        <h1>IAM Policy Playground</h1>
        <p className="tagline">
          See what an identity policy and a permissions boundary allow together, and why.
        </p>
      </header>
      <main className="app-main">
        <p className="principal">
          <span className="label">Principal</span> <code>{principal}</code>
        </p>
        <div className="editors">
          {identity.map((policy) => (
            <PolicyEditor
              key={policy.id}
              documentId={policy.id}
              title="Identity policy"
              policyName={policy.name}
            />
          ))}
          {boundary ? (
            <PolicyEditor documentId={boundary.id} title="Permissions boundary" policyName={boundary.name} />
          ) : (
            <section className="panel empty-panel" aria-label="Permissions boundary">
              <h2>Permissions boundary</h2>
              <p>No permissions boundary: the identity policies alone decide.</p>
            </section>
          )}
        </div>
      </main>
      <footer className="app-footer">
        <span>Runs entirely in your browser; nothing you type leaves this page.</span>
      </footer>
    </div>
  );
}
