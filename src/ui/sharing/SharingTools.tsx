/** The header's sharing controls: the gallery, "Reset to example", "Recent work" and "Copy link". */
import { usePlaygroundActions } from '../../state/hooks';
import { CopyLinkButton } from './CopyLinkButton';
import { RecentWorkMenu } from './RecentWorkMenu';
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
        title="Go back to the example scenario (your work is kept in Recent work)"
        onClick={() => void sharing?.resetToExample()}
      >
        Reset to example
      </button>
      <RecentWorkMenu />
      <CopyLinkButton />
    </>
  );
}
