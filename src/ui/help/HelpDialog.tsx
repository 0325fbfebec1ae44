/**
 * The help dialog: a short primer on permissions boundaries and AWS's evaluation order, how to
 * read the results, the keyboard shortcuts, and the AWS pages it all rests on.
 */
import { useEffect, useRef } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { DialogClose } from '../common/DialogClose';
import { useModal } from '../common/useModal';
import { EvaluationOrder } from './EvaluationOrder';
import { EDITOR_SHORTCUTS, SHORTCUTS } from './shortcuts';

const AWS_PAGES: readonly { href: string; title: string }[] = [
  {
    href: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    title: 'Permissions boundaries for IAM entities',
  },
  {
    href: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
    title: 'Determining whether a request is allowed or denied within an account',
  },
  {
    href: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
    title: 'Troubleshoot access denied error messages',
  },
];

/** A modal dialog, open while `helpOpen`. */
export function HelpDialog() {
  const open = usePlayground((s) => s.helpOpen);
  const { setHelpOpen } = usePlaygroundActions();
  const dialog = useModal(open);
  const heading = useRef<HTMLHeadingElement>(null);
  // The browser would focus the first link, scrolling past the primer: start at the top instead.
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
      data-testid="help"
    >
      <h2 id="help-title" ref={heading} tabIndex={-1}>
        Help
      </h2>
      <h3>What a permissions boundary is</h3>
      <p>
        A permissions boundary is a managed policy set on an IAM user or role as the most its identity-based
        policies can ever grant. It grants nothing by itself: an action is allowed only when an identity
        policy allows it <em>and</em> the boundary allows it, and no policy denies it.
      </p>
      <h3>How AWS decides a request</h3>
      <EvaluationOrder />
      <h3>Reading the results</h3>
      <p>
        The Venn view compares what the identity policies grant with what the permissions boundary allows.
        Their overlap is the effective set; click a region to filter the table. Select an action to see which
        statements matched, highlighted in the editors. The simulator prints the AccessDenied message AWS
        would.
      </p>
      <h3>Keyboard shortcuts</h3>
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
      <h3>AWS documentation</h3>
      <ul className="help-links">
        {AWS_PAGES.map((page) => (
          <li key={page.href}>
            <a href={page.href} target="_blank" rel="noopener noreferrer">
              {page.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
      <DialogClose />
    </dialog>
  );
}
