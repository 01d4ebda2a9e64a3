import { forwardRef, useId, useState, type ReactNode } from 'react';
import type { Card } from '@/lib/coach/view';
import { FittedWords } from '@/components/sidebar/FittedWords';
import { cardTitle, promptTitle } from '@/lib/coach/plain-names';

/**
 * One point, one line (issue 14): a title and the highlighted words; click or Enter opens the
 * rest. The summary is a real button, so it takes focus and speaks its state.
 */
interface Props {
  card: Card;
  children: ReactNode;
}

function Summary({ card, open }: { card: Card; open: boolean }) {
  if (card.kind === 'problem') {
    return (
      <>
        <span className="hd-card-title">{cardTitle(card)}</span>
        {open ? <mark className="hd-card-words">{card.lead.text}</mark> : <FittedWords text={card.lead.text} />}
      </>
    );
  }
  return (
    <>
      <span className="hd-card-title">{promptTitle(card)}</span>
      <span className="hd-card-words hd-muted">{card.prompt.selected.prompt.text}</span>
    </>
  );
}

export const CoachCard = forwardRef<HTMLButtonElement, Props>(function CoachCard({ card, children }, summaryRef) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <article
      className={`hd-card hd-${card.kind === 'problem' ? 'nudge' : 'prompt'}${open ? ' hd-open' : ''}`}
      data-point={card.key}
      {...(card.kind === 'problem' ? { 'data-concern': card.concern } : { 'data-prompt': card.prompt.id })}
    >
      <button
        ref={summaryRef}
        type="button"
        className="hd-card-summary"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span className="hd-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="hd-card-line">
          <Summary card={card} open={open} />
        </span>
      </button>
      <div id={bodyId} className="hd-card-body" hidden={!open}>
        {open ? children : null}
      </div>
    </article>
  );
});
