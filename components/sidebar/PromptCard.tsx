import type { SelectedPrompt } from '@/lib/prompts/select-prompts';
import { t } from '@/lib/i18n';

/** One coaching prompt from the agent's enabled sets, with what made it appear. */
export function PromptCard({ selected, onNotNow }: { selected: SelectedPrompt; onNotNow: () => void }) {
  return (
    <article className="hd-card hd-prompt" data-prompt={`${selected.packId}/${selected.prompt.id}`}>
      <p className="hd-category">{t(`promptCategory_${selected.prompt.category.replace(/-/g, '_')}`)}</p>
      <p className="hd-prompt-text">{selected.prompt.text}</p>
      <p className="hd-muted hd-because">
        {t('sidebar_promptBecause', selected.matched.map(describeTrigger).join(', '))}
      </p>
      <div className="hd-actions">
        <button type="button" onClick={onNotNow}>
          {t('sidebar_notNow')}
        </button>
      </div>
    </article>
  );
}

function describeTrigger(trigger: string): string {
  const [kind, value = ''] = trigger.split(':');
  const key = `trigger_${kind}_${value.replace(/-/g, '_')}`;
  const described = t(key);
  return described === key ? value : described;
}
