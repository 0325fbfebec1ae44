/** The help dialog: what the playground shows, and its keyboard shortcuts. */
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { useModal } from '../common/useModal';
import { EDITOR_SHORTCUTS, SHORTCUTS } from './shortcuts';

/** A modal dialog, open while `helpOpen`. */
export function HelpDialog() {
  const open = usePlayground((s) => s.helpOpen);
  const { setHelpOpen } = usePlaygroundActions();
  const dialog = useModal(open);
  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
    >
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {[...Object.values(SHORTCUTS), ...EDITOR_SHORTCUTS].map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Reading the results</h2>
      <p>
        The Venn view compares what the identity policies grant with what the permissions boundary allows.
        Their overlap is the effective set; click a region to filter the table. Select an action to see which
        statements matched, highlighted in the editors.
      </p>
      <form method="dialog">
        <button type="submit" className="small-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
