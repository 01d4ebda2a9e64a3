import type { Win } from '@/lib/journal/win-schema';
import { kindLabel } from '@/lib/journal/kind-label';
import { t } from '@/lib/i18n';

export function RecentWins({ wins }: { wins: Win[] }) {
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t('popup_recentTitle')}</h2>
      {wins.length === 0 ? (
        <p className="hint">{t('popup_noWinsYet')}</p>
      ) : (
        <ul className="recent" data-testid="recent-wins">
          {wins.map((win) => (
            <li key={win.id} title={win.text}>
              <span className="kind">{kindLabel(win.kind)}</span> {win.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
