import type { PromptCard } from '@/lib/coach/view';
import { t } from '@/lib/i18n';
import { triggerInWords } from '@/lib/coach/trigger-in-words';

/** An open prompt card: the question in full, what made it appear (in plain words), and "Not now". */
export function PromptCardBody({ card, onNotNow }: { card: PromptCard; onNotNow: () => void }) {
  const { selected } = card.prompt;
  return (
    <>
      <p className="hd-prompt-text">{selected.prompt.text}</p>
      <p className="hd-muted hd-because">
        {t('sidebar_promptBecause', selected.matched.map(triggerInWords).join(', '))}
      </p>
      <div className="hd-actions">
        <button type="button" onClick={onNotNow}>
          {t('sidebar_notNow')}
        </button>
      </div>
    </>
  );
}
