import { useState } from 'react';
import type { JudgeContext } from '@/lib/coach/rewrites/rewrite-card';
import type { ProblemCard } from '@/lib/coach/view';
import { isSecondOpinion } from '@/lib/coach/card-name';
import { cardTitle, findingTitle } from '@/lib/coach/plain-names';
import { t } from '@/lib/i18n';
import { HighlightedDraft } from '@/components/sidebar/HighlightedDraft';
import { RewriteSuggestions } from '@/components/sidebar/RewriteSuggestions';

interface Props {
  card: ProblemCard;
  draft: string;
  context: JudgeContext;
  onNotNow: () => void;
  onMute: () => void;
  onCopied: (text: string) => void;
  /** Private feedback for the agent's own stats. */
  onRate: (helpful: boolean) => void;
}

/** An open problem card: the words in the sentence, why they matter, wording to use instead, the question to ask. */
export function ProblemCardBody({ card, draft, context, onNotNow, onMute, onCopied, onRate }: Props) {
  const [rated, setRated] = useState(false);
  // What else the same words do (lib/coach/same-words.ts), by the titles its own cards would have had.
  // Only what a rule is sure of: a learned guess beside it is not named (QA qa7: "You need to contact
  // your bank." read "Also: Blames them."), though the rewrites must still clear it.
  const also = [
    ...new Set(
      [...card.findings, ...(card.also ?? [])].filter((finding) => !isSecondOpinion(finding)).map(findingTitle),
    ),
  ].filter((title) => title !== cardTitle(card));
  return (
    <>
      <HighlightedDraft draft={draft} spans={card.findings} sentence={card.sentence} />
      <p className="hd-why">{card.lead.why}</p>
      {also.length > 0 ? <p className="hd-also">{t('sidebar_alsoReads', also.join(', '))}</p> : null}
      <RewriteSuggestions
        card={card}
        draft={draft}
        context={context}
        advice={card.lead.alternatives}
        onCopied={onCopied}
      />
      {card.prompt ? (
        <p className="hd-question">
          <span className="hd-label">{t('sidebar_askYourself')}</span> {card.prompt.selected.prompt.text}
        </p>
      ) : null}
      <div className="hd-actions">
        <button type="button" onClick={onNotNow}>
          {t('sidebar_notNow')}
        </button>
        <button type="button" onClick={onMute} data-writes>
          {t('sidebar_muteRule')}
        </button>
      </div>
      <div className="hd-rate">
        {rated ? (
          <span className="hd-muted">{t('sidebar_thanksForRating')}</span>
        ) : (
          <>
            <span className="hd-muted">{t('sidebar_wasThisHelpful')}</span>
            <button type="button" className="hd-link" onClick={() => (setRated(true), onRate(true))} data-writes>
              {t('sidebar_helpful')}
            </button>
            <button type="button" className="hd-link" onClick={() => (setRated(true), onRate(false))} data-writes>
              {t('sidebar_notHelpful')}
            </button>
          </>
        )}
      </div>
    </>
  );
}
