/**
 * "Copy link": copies the address of the current state and shows how long it is. A link too long
 * to share (over `MAX_LINK_LENGTH`) offers the scenario as a file instead.
 */
import { useState } from 'react';

import { isLinkTooLong, MAX_LINK_LENGTH } from '../../permalink';
import { usePlayground } from '../../state/hooks';
import { useSharing } from './SharingContext';
import { downloadScenario } from './scenarioFile';
import { formatCount } from '../../engine';

function linkFor(fragment: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${fragment}`;
}

/** The button, its length and what happened on the last click. */
export function CopyLinkButton() {
  const sharing = useSharing();
  const fragment = usePlayground((s) => s.currentLink);
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const length = fragment ? linkFor(fragment).length : 0;
  const tooLong = isLinkTooLong(length);

  const copy = () => {
    const link = linkFor(sharing?.currentLink() ?? fragment);
    if (isLinkTooLong(link.length)) {
      setStatus(`The link is ${formatCount(link.length)} characters; download the scenario instead.`);
      return;
    }
    navigator.clipboard.writeText(link).then(
      () => {
        setManual(null);
        setStatus(`Link copied (${formatCount(link.length)} characters).`);
      },
      () => {
        // Clipboard refused (permissions, insecure context): let the person copy it by hand.
        setManual(link);
        setStatus('Copying was refused by the browser; copy the link below.');
      },
    );
  };

  return (
    <div className="copy-link" data-menu-keep-open>
      {tooLong ? (
        <button
          type="button"
          className="small-button"
          data-testid="share.download"
          title={`Links over ${formatCount(MAX_LINK_LENGTH)} characters are cut by many apps`}
          onClick={() => {
            if (sharing) downloadScenario(sharing.currentScenario());
            setStatus('The scenario was saved as a file.');
          }}
        >
          Link too long ({formatCount(length)} characters) · Download scenario file
        </button>
      ) : (
        <button type="button" className="small-button" data-testid="share.copy" onClick={copy}>
          Copy link{' '}
          <span className="muted" data-testid="share.length">
            ({formatCount(length)} characters)
          </span>
        </button>
      )}
      <span className="copy-link-status" role="status" data-testid="share.status">
        {status}
      </span>
      {manual && (
        <input
          className="copy-link-manual"
          readOnly
          value={manual}
          aria-label="Link to this scenario"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
