/** The examples gallery: every curated scenario with its explanation; each opens by `#example=<id>`. */
import { EXAMPLES } from '../../examples';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { useModal } from '../common/useModal';
import { useSharing } from './SharingContext';

/** A modal dialog, open while `galleryOpen`. */
export function ExamplesGallery() {
  const open = usePlayground((s) => s.galleryOpen);
  const { setGalleryOpen } = usePlaygroundActions();
  const sharing = useSharing();
  const dialog = useModal(open);
  return (
    <dialog
      ref={dialog}
      className="gallery-dialog"
      aria-labelledby="gallery-title"
      onClose={() => setGalleryOpen(false)}
    >
      <h2 id="gallery-title">Examples</h2>
      <p className="muted">
        Each example opens as a scenario you can edit; your current work is kept and can be restored.
      </p>
      <ul className="gallery-list">
        {EXAMPLES.map((example) => (
          <li key={example.id} className="gallery-card" data-testid={`example.${example.id}`}>
            <h3>
              <a
                href={`#example=${example.id}`}
                onClick={(event) => {
                  if (!sharing) return;
                  // Also reopens the example when the address already names it.
                  event.preventDefault();
                  setGalleryOpen(false);
                  void sharing.navigate(`#example=${example.id}`);
                }}
              >
                {example.title}
              </a>
            </h3>
            <p className="gallery-summary">{example.summary}</p>
            <p className="gallery-explanation">{example.explanation}</p>
          </li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit" className="small-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
