import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import type { RailSummary } from '@/lib/coach/rail-summary';
import { t } from '@/lib/i18n';
import { formatCount, tCount } from '@/lib/i18n/plural';
import { useRailSummary } from '@/components/sidebar/useRailSummary';
import { Sign } from '@/components/sidebar/Sign';

interface Props {
  watcher: TicketWatcher;
  open: boolean;
  onToggle: () => void;
  /** The rail on a narrow window, or the docked sidebar collapsed to its tab: the same signs either way. */
  kind?: 'rail' | 'tab';
}

function railName(summary: RailSummary | undefined): string {
  if (!summary) return t('sidebar_closeRail');
  const what =
    summary.points > 0
      ? tCount('sidebar_railPoints', summary.points)
      : summary.ready
        ? t('sidebar_railReady')
        : t('sidebar_expand');
  if (summary.upsetBy === 'sadness') return t('sidebar_railLetDown', what);
  if (summary.upsetBy === 'frustration') return t('sidebar_railFrustrated', what);
  // The coach offers a thank-you as a win only from a customer who is not upset: never both.
  if (summary.winToSave) return t('sidebar_railWinToSave', what);
  return what;
}

/**
 * The slim rail at the window's edge, and the tab a collapsed sidebar leaves. Closed, it says
 * what waits in the panel: a count of points, or a ✓ when the reply is ready, a mark when
 * the customer is upset, in the colour the panel gives that mood, and a star when their
 * thank-you waits to be saved as a win. It stays still and never
 * takes focus: the agent glances at it between sentences.
 */
export function RailButton({ watcher, open, onToggle, kind = 'rail' }: Props) {
  const summary = useRailSummary(watcher, !open);
  const name = railName(summary);
  return (
    <button
      type="button"
      className={kind === 'rail' ? 'hd-tab hd-rail' : 'hd-tab'}
      aria-expanded={open}
      aria-label={name}
      title={name}
      onClick={onToggle}
    >
      <Sign kind="heart" />
      {summary && summary.points > 0 ? (
        <span className="hd-rail-count" aria-hidden="true">
          {formatCount(summary.points)}
        </span>
      ) : summary?.ready ? (
        <span className="hd-rail-ready" aria-hidden="true">
          <Sign kind="done" />
        </span>
      ) : null}
      {summary?.upsetBy ? (
        <span className={`hd-rail-upset hd-rail-upset-${summary.upsetBy}`} aria-hidden="true" />
      ) : null}
      {summary?.winToSave ? (
        <span className="hd-rail-win" aria-hidden="true">
          <Sign kind="win" />
        </span>
      ) : null}
    </button>
  );
}
