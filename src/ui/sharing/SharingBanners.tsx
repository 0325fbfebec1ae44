/**
 * Notices about links and saved work: why a link could not be opened, that replaced work was
 * kept (with "Restore your previous work"), that storage is unavailable. Messages are rendered
 * as text, never as HTML, whatever a link carried.
 */
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import type { Banner } from '../../state/slices/sharing';
import { useSharing } from './SharingContext';

const ROLE: Record<Banner['kind'], 'alert' | 'status'> = {
  'link-error': 'alert',
  managed: 'alert',
  restore: 'status',
  storage: 'status',
};

/** The banners, or nothing. */
export function SharingBanners() {
  const banners = usePlayground((s) => s.banners);
  const { setBanner } = usePlaygroundActions();
  const sharing = useSharing();
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
          {banner.kind === 'restore' && sharing && (
            <button type="button" className="small-button" onClick={() => void sharing.restoreBackup()}>
              Restore your previous work
            </button>
          )}
          <button
            type="button"
            className="small-button"
            aria-label="Dismiss this notice"
            onClick={() => setBanner(banner.kind, null)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
