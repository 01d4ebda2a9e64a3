import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { Card } from '@/lib/coach/view';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import { updatePreferences } from '@/lib/storage/settings';
import { CoachCard } from '@/components/sidebar/CoachCard';
import { MoodSection } from '@/components/sidebar/MoodSection';
import { PreSendCheck } from '@/components/sidebar/PreSendCheck';
import { ProblemCardBody } from '@/components/sidebar/ProblemCardBody';
import { PromptCardBody } from '@/components/sidebar/PromptCardBody';
import { recordNudge } from '@/components/sidebar/record-nudge';
import { ReplyStatus } from '@/components/sidebar/ReplyStatus';
import { ReadingNotice } from '@/components/sidebar/ReadingNotice';
import { ResetCard } from '@/components/sidebar/ResetCard';
import { SidebarHeader } from '@/components/sidebar/SidebarHeader';
import { ThanksWin } from '@/components/sidebar/ThanksWin';
import { useCoach } from '@/components/sidebar/useCoach';
import { useMoreBelow } from '@/components/sidebar/useMoreBelow';

const QUIET_FOR_MS = 60 * 60_000;

interface Props {
  watcher: TicketWatcher;
  helpdeskName: string;
  onCollapse: () => void;
  /** Set when the sidebar opens as the rail's overlay: where it may sit without covering the reply box, and whether it lies across a short band. */
  overlay?: { style: CSSProperties; wide: boolean; short: boolean };
  /** Bumped when the agent asks for the sidebar by keyboard: focus moves in. */
  focusRequest: number;
  /** Opens "Show Heartdesk this page" (the picker). */
  onShowMe?: () => void;
  onForgetRecipe?: () => void;
}

/** Renders the coach's view of this ticket and reports the agent's actions back. Decides nothing itself. */
export function Sidebar({
  watcher,
  helpdeskName,
  onCollapse,
  overlay,
  focusRequest,
  onShowMe = () => undefined,
  onForgetRecipe = () => undefined,
}: Props) {
  const { view, draft, ticket, settings, act } = useCoach(watcher);
  const summaries = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const scroll = useRef<HTMLDivElement>(null);
  // The open rail's short panel: a card cut off under the pinned check says more is below.
  const moreBelow = useMoreBelow(scroll, overlay !== undefined);
  const context = useMemo(
    () => ({ customerMessages: ticket.customerMessages, settings }),
    [ticket.customerMessages, settings],
  );
  const cards = view.cards;

  const focusFirst = () => {
    const first = cards[0] && summaries.current.get(cards[0].key);
    (first ?? heading.current?.querySelector<HTMLElement>('h1'))?.focus();
  };
  useEffect(() => {
    if (focusRequest > 0) focusFirst();
    // Only a new request moves focus; re-renders never do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  // After "Not now", focus goes to the card that took its place, or back to the reply.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const index = pendingFocus.current;
    pendingFocus.current = null;
    const next = cards[Math.min(index, cards.length - 1)];
    const button = next && summaries.current.get(next.key);
    if (button) button.focus();
    else watcher.focusComposer();
  });

  const notNow = (card: Card) => {
    pendingFocus.current = cards.indexOf(card);
    if (card.kind === 'problem') act({ type: 'not-now', point: card });
    else act({ type: 'prompt-not-now', promptId: card.prompt.id });
  };
  const setQuiet = (on: boolean) =>
    void updatePreferences(
      on ? { snoozedUntil: Date.now() + QUIET_FOR_MS } : { quietMode: false, snoozedUntil: 0 },
    ).catch(() => undefined);
  const open = (page: 'journal' | 'options') =>
    void sendToBackground('sidebar→background:open-page', { page }).catch(() => undefined);

  return (
    <aside
      className={`hd-panel${overlay ? ' hd-overlay' : ''}${overlay?.wide ? ' hd-wide' : ''}`}
      style={overlay?.style}
      aria-label={t('sidebar_label')}
      ref={heading}
    >
      <SidebarHeader
        helpdeskName={helpdeskName}
        quiet={view.quiet}
        onQuiet={setQuiet}
        onOpen={open}
        onCollapse={onCollapse}
      />
      <div className="hd-scroll" ref={scroll}>
        {view.reset ? <ResetCard onClose={() => act({ type: 'reset-closed' })} /> : null}
        <MoodSection
          mood={view.mood}
          hasMessage={view.reading.messages === 'read'}
          compact={overlay?.short === true}
          reading={<ReadingNotice ticket={ticket} onShowMe={onShowMe} onForgetRecipe={onForgetRecipe} />}
        />
        {view.thanks ? (
          <ThanksWin
            key={ticket.generation}
            quote={view.thanks.quote}
            saved={view.thanks.saved}
            prompt={view.thanks.prompt}
            ticketUrl={ticket.url}
            onSaved={() => act({ type: 'win-saved' })}
          />
        ) : null}
        <section
          className={`hd-section${view.status === 'no-reply-box' ? ' hd-no-reply' : ''}`}
          aria-labelledby="hd-nudges-title"
          aria-live="polite"
        >
          <h2 id="hd-nudges-title">{t('sidebar_yourReply')}</h2>
          <ReplyStatus view={view} noteOpen={ticket.noteOpen} />
          {cards.map((card) => (
            <CoachCard
              key={card.key}
              card={card}
              ref={(button) => {
                if (button) summaries.current.set(card.key, button);
                else summaries.current.delete(card.key);
              }}
            >
              {card.kind === 'problem' ? (
                <ProblemCardBody
                  card={card}
                  draft={draft}
                  context={context}
                  onNotNow={() => notNow(card)}
                  onMute={() => {
                    recordNudge(card.lead.ruleId, 'muted');
                    void updatePreferences((current) => ({ mutedRules: [...current.mutedRules, card.lead.ruleId] }));
                  }}
                  onCopied={(text) => act({ type: 'rewrite-copied', key: card.key, text })}
                  onRate={(helpful) => recordNudge(card.lead.ruleId, helpful ? 'helpful' : 'notHelpful')}
                />
              ) : (
                <PromptCardBody card={card} onNotNow={() => notNow(card)} />
              )}
            </CoachCard>
          ))}
          {view.hiddenCount > 0 ? (
            <button type="button" className="hd-more" onClick={() => act({ type: 'show-all' })}>
              {t('sidebar_showMore', view.hiddenCount)}
            </button>
          ) : null}
        </section>
      </div>
      {/* Beside the cards, not over them: it takes its own line above the pinned check. */}
      {moreBelow ? (
        <p className="hd-more-below" aria-hidden="true">
          {t('sidebar_moreBelow')}
        </p>
      ) : null}
      {view.checklist ? <PreSendCheck items={view.checklist} /> : null}
    </aside>
  );
}
