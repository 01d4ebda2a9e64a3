import { useEffect, useMemo, useRef } from 'react';
import { MOOD_SIGNALS } from '@/lib/engine/types';
import { categoryName } from '@/lib/coach/plain-names';
import { t } from '@/lib/i18n';
import type { PromptPack } from '@/lib/prompts/schema';
import { contextFromAnalysis, selectPrompts } from '@/lib/prompts/select-prompts';
import { TriggerLabel } from '@/components/options/TriggerLabel';
import { demoTickets, readDemoTicket } from '@/components/options/demo-tickets';

const PREVIEW_LIMIT = 5;

/** Shows which prompts of one set would appear on three sample tickets. Pack text renders as text, never HTML. */
export function PackPreview({ pack, onClose }: { pack: PromptPack; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pack.id]);
  const rows = useMemo(
    () =>
      demoTickets().map((ticket) => {
        const { analysis, events } = readDemoTicket(ticket);
        const selected = selectPrompts([pack], contextFromAnalysis(analysis, events), { limit: PREVIEW_LIMIT });
        const moods = MOOD_SIGNALS.filter((id) => analysis.mood.signals[id].level !== 'none');
        const categories = [...new Set(analysis.findings.map((finding) => finding.category))];
        return { ticket, selected, moods, categories };
      }),
    [pack],
  );

  return (
    <section className="hd-card" aria-labelledby="preview-title" data-testid="pack-preview">
      <div className="hd-row">
        <h3 id="preview-title" ref={heading} tabIndex={-1}>
          {t('options_previewTitle', pack.name)}
        </h3>
        <button type="button" onClick={onClose}>
          {t('options_close')}
        </button>
      </div>
      <p className="hd-muted">{t('options_previewIntro')}</p>
      {rows.map(({ ticket, selected, moods, categories }) => (
        <article key={ticket.id} className="hd-demo" aria-label={ticket.title}>
          <h4>{ticket.title}</h4>
          <p>
            <strong>{t('options_previewCustomer')}</strong> {ticket.customer}
          </p>
          <p>
            <strong>{t('options_previewDraft')}</strong> {ticket.draft}
          </p>
          <p className="hd-muted">
            {t('options_previewDetected')}{' '}
            {moods.length + categories.length === 0
              ? t('options_previewNothingDetected')
              : [
                  ...moods.map((id) => t(`options_signal_${id}`)),
                  ...categories.map((category) => categoryName(category).toLowerCase()),
                ].join(', ')}
          </p>
          {selected.length === 0 ? (
            <p>{t('options_previewNoPrompts')}</p>
          ) : (
            <ol className="hd-preview-prompts">
              {selected.map(({ prompt, matched }) => (
                <li key={prompt.id}>
                  <span className="hd-prompt-text">{prompt.text}</span>{' '}
                  <span className="hd-muted">
                    {t('options_previewBecause')}{' '}
                    {matched.map((trigger, index) => (
                      <span key={trigger}>
                        {index > 0 && ', '}
                        <TriggerLabel trigger={trigger} />
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </article>
      ))}
    </section>
  );
}
