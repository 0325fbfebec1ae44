/**
 * "Paste an AccessDenied message": AWS's message (any form the parser takes) or a CloudTrail
 * event becomes a new request of the suite, selected, carrying what AWS said so the result can
 * be compared with it. Text that is not a denial gets a one-line reason, and stays in the box.
 */
import { useId, useState, type FormEvent } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { REFUSED_CHANGE } from '../editor/useApplyPolicyText';

import '../fixes/fixes.css';

/** The paste control of the request suite. */
export function PasteDenial() {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  const catalog = usePlayground((s) => s.catalog);
  const selected = usePlayground((s) => s.selectedRequestId);
  const { addRequest } = usePlaygroundActions();
  const ids = { box: useId(), reason: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The parser is loaded on the first paste: it stays out of the first JavaScript.
    const { requestOfPaste } = await import('../../state/pastedDenial');
    const known = catalog === null ? undefined : (action: string) => catalog.findAction(action) !== undefined;
    const outcome = requestOfPaste(text, known);
    if (!outcome.ok) {
      setReason(outcome.reason);
      return;
    }
    // The suite keeps the selection when the link gate refuses the new request.
    if (addRequest(outcome.request) === selected) {
      setReason(REFUSED_CHANGE);
      return;
    }
    setReason(null);
    setText('');
    setOpen(false);
  };

  if (!open) {
    return (
      <button
        type="button"
        className="small-button paste-open"
        onClick={() => setOpen(true)}
        data-testid="paste.open"
      >
        Paste an AccessDenied message
      </button>
    );
  }
  return (
    <form className="paste-denial" onSubmit={(event) => void submit(event)} data-testid="paste.form">
      <label htmlFor={ids.box}>AccessDenied message or CloudTrail event (JSON)</label>
      <textarea
        id={ids.box}
        value={text}
        spellCheck={false}
        placeholder="User: arn:aws:sts::… is not authorized to perform: s3:GetObject …"
        aria-invalid={reason !== null}
        aria-describedby={reason === null ? undefined : ids.reason}
        onChange={(e) => setText(e.target.value)}
        data-testid="paste.text"
      />
      {reason !== null && (
        <p id={ids.reason} className="field-error" role="alert" data-testid="paste.reason">
          {reason}
        </p>
      )}
      <div className="paste-denial-tools">
        <button type="submit" className="small-button" data-testid="paste.submit">
          Add the request
        </button>
        <button type="button" className="small-button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
