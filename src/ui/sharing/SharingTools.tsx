/** The header's sharing controls: the gallery, "Reset to example" and "Copy link". */
import { usePlaygroundActions } from '../../state/hooks';
import { CopyLinkButton } from './CopyLinkButton';
import { useSharing } from './SharingContext';
import './sharing.css';

/** Buttons for the header's tool area. */
export function SharingTools() {
  const { setGalleryOpen } = usePlaygroundActions();
  const sharing = useSharing();
  return (
    <>
      <button type="button" className="small-button" onClick={() => setGalleryOpen(true)}>
        Examples
      </button>
      <button
        type="button"
        className="small-button"
        disabled={!sharing}
        title="Go back to the example scenario (your work is kept and can be restored)"
        onClick={() => void sharing?.resetToExample()}
      >
        Reset to example
      </button>
      <CopyLinkButton />
    </>
  );
}
