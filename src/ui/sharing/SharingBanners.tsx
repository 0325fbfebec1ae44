/**
 * Notices about links and saved work: why a link could not be opened, that replaced work was
 * kept in Recent work (with "Restore your previous work"), that saved work could not be opened,
 * that another tab changed the work ("Keep mine" / "Load theirs"), that storage refused a save,
 * that a change was refused because a link could not hold it. Messages are rendered as text,
 * never as HTML, whatever a link carried.
 */
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import type { Banner } from '../../state/slices/sharing';
import { useSharing } from './SharingContext';
import './sharing.css';

const ROLE: Record<Banner['kind'], 'alert' | 'status'> = {
  'link-error': 'alert',
  managed: 'alert',
  'saved-work': 'alert',
  'other-tab': 'alert',
  limit: 'alert',
  restore: 'status',
  storage: 'status',
};

/** The banner's own buttons, before "Dismiss". */
function BannerActions({ kind }: { kind: Banner['kind'] }) {
  const sharing = useSharing();
  if (!sharing) return null;
  if (kind === 'restore') {
    return (
      <button type="button" className="small-button" onClick={() => void sharing.restorePrevious()}>
        Restore your previous work
      </button>
    );
  }
  if (kind === 'other-tab') {
    return (
      <>
        <button type="button" className="small-button" onClick={() => sharing.keepMine()}>
          Keep mine
        </button>
        <button type="button" className="small-button" onClick={() => void sharing.loadTheirs()}>
          Load theirs
        </button>
      </>
    );
  }
  return null;
}

/** The banners, or nothing. */
export function SharingBanners() {
  const banners = usePlayground((s) => s.banners);
  const { setBanner } = usePlaygroundActions();
  if (banners.length === 0) return null;
  return (
    <div className="sharing-banners">
      {banners.map((banner) => (
        <div
          key={banner.kind}
          className={`sharing-banner sharing-banner-${banner.kind}`}
          role={ROLE[banner.kind]}
          data-testid={`banner.${banner.kind}`}
        >
          <span>{banner.message}</span>
          <BannerActions kind={banner.kind} />
          {/* The choice between two tabs' work cannot be dismissed: saving waits for it. */}
          {banner.kind !== 'other-tab' && (
            <button
              type="button"
              className="small-button"
              aria-label="Dismiss this notice"
              onClick={() => setBanner(banner.kind, null)}
            >
              Dismiss
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
