import { useMemo, useState } from 'react';
import { rewritesForCard, type CardToRewrite, type JudgeContext } from '@/lib/coach/rewrites/rewrite-card';
import { blanksIn } from '@/lib/coach/blanks';
import { t } from '@/lib/i18n';
import { BlankText } from '@/components/sidebar/BlankText';

interface Props {
  card: CardToRewrite;
  draft: string;
  context: JudgeContext;
  /** Advice to show when no wording can be offered. */
  advice: readonly string[];
  onCopied: (text: string) => void;
}

/**
 * One or two rewrites of the flagged sentence, built from the agent's own words and marked as
 * suggestions; Copy puts one on the clipboard (never into the helpdesk's editor). Computed when
 * the card opens, not while the agent types.
 */
export function RewriteSuggestions({ card, draft, context, advice, onCopied }: Props) {
  // Rebuilt only when the flagged sentence itself (or the ticket) changes, not at each keystroke elsewhere.
  const sentence = draft.slice(card.sentence.start, card.sentence.end);
  const rewrites = useMemo(
    () => rewritesForCard(card, draft, context),
    // The card and draft objects are new at every decision; the sentence's words are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [card.concern, sentence, context],
  );
  const [copied, setCopied] = useState<{ index: number; ok: boolean }>();
  const copy = async (text: string, index: number) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ index, ok: true });
      onCopied(text);
    } catch {
      setCopied({ index, ok: false });
    }
  };
  if (rewrites.length === 0) {
    return advice.length > 0 ? (
      <div className="hd-advice">
        <p className="hd-label">{t('sidebar_ideas')}</p>
        <ul>
          {advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    ) : null;
  }
  return (
    <div className="hd-rewrites">
      <p className="hd-label">{t('sidebar_suggestedWording')}</p>
      {rewrites.map((text, index) => (
        <div key={text} className="hd-rewrite">
          <p className="hd-rewrite-text">
            <BlankText text={text} />
          </p>
          <button type="button" className="hd-link" onClick={() => void copy(text, index)} data-writes>
            {copied?.index === index ? (copied.ok ? t('sidebar_copied') : t('sidebar_copyFailed')) : t('sidebar_copy')}
          </button>
        </div>
      ))}
      {/* Only where a rewrite has a blank to fill (QA qa7: shown under rewrites with none). */}
      {rewrites.some((text) => blanksIn(text).length > 0) ? (
        <p className="hd-muted hd-small">{t('sidebar_fillTheBlanks')}</p>
      ) : null}
    </div>
  );
}
