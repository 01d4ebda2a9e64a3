import { useDeferredValue, useMemo } from 'react';
import { analyze } from '@/lib/engine';
import { draftLooksFinished } from '@/lib/coach/draft-looks-finished';
import { findingKey } from '@/lib/coach/select-nudges';
import type { TicketWatcher } from '@/lib/dom/ticket-watcher';
import { t } from '@/lib/i18n';
import { updatePreferences } from '@/lib/storage/settings';
import { MoodSection } from './MoodSection';
import { NudgeCard } from './NudgeCard';
import { PreSendCheck } from './PreSendCheck';
import { ThanksWin } from './ThanksWin';
import { usePreferences } from './usePreferences';
import { useSnoozed } from './useSnoozed';
import { useNudgeBudget } from './useNudgeBudget';
import { ResetCard } from './ResetCard';
import { useResetCard } from './useResetCard';
import { useTicket } from './useTicket';

interface Props {
  watcher: TicketWatcher;
  helpdeskName: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** Set once the extension was reloaded under this tab: the sidebar can no longer save. */
  staleMessage?: string;
}

export function Sidebar({ watcher, helpdeskName, collapsed, onCollapsedChange, staleMessage }: Props) {
  const ticket = useTicket(watcher);
  const preferences = usePreferences();
  // Typing stays ahead of analysis: React renders the analysis when the main thread is free.
  const draft = useDeferredValue(ticket.draft);
  const customerMessages = useDeferredValue(ticket.customerMessages);

  const analysis = useMemo(
    () =>
      analyze({
        customerMessages,
        draft,
        locale: 'en',
        settings: {
          mutedRules: preferences.mutedRules,
          sensitivity: preferences.sensitivity,
          customJargon: preferences.customJargon,
        },
      }),
    [customerMessages, draft, preferences.mutedRules, preferences.sensitivity, preferences.customJargon],
  );
  const snoozed = useSnoozed(preferences.snoozedUntil);
  const quiet = preferences.quietMode || snoozed;
  const { nudges, notNow } = useNudgeBudget(analysis.findings, ticket.generation, preferences, quiet);
  const reset = useResetCard(customerMessages, draft, analysis.mood, ticket.generation, preferences.selfCare);
  const latestCustomerMessage = customerMessages.at(-1);
  const thanked = analysis.mood.signals.gratitude.level !== 'none' && !analysis.mood.upset;

  if (collapsed) {
    return (
      <button
        type="button"
        className="hd-tab"
        onClick={() => onCollapsedChange(false)}
        aria-label={t('sidebar_expand')}
      >
        <span aria-hidden="true">♥</span>
      </button>
    );
  }

  return (
    <aside className="hd-panel" aria-label={t('sidebar_label')}>
      <header className="hd-header">
        <h1>
          <span aria-hidden="true">♥</span> {t('extensionName')}
        </h1>
        <span className="hd-muted hd-site">{helpdeskName}</span>
        <button
          type="button"
          className="hd-icon"
          onClick={() => onCollapsedChange(true)}
          aria-label={t('sidebar_collapse')}
        >
          ›
        </button>
      </header>
      {staleMessage ? (
        <p role="alert" className="hd-error">
          {staleMessage}
        </p>
      ) : null}
      {reset.show ? <ResetCard onClose={reset.close} /> : null}
      <MoodSection mood={analysis.mood} hasMessage={Boolean(latestCustomerMessage)} />
      {thanked && latestCustomerMessage ? (
        <ThanksWin key={ticket.generation} customerMessage={latestCustomerMessage} ticketUrl={ticket.url} />
      ) : null}
      <section className="hd-section" aria-labelledby="hd-nudges-title" aria-live="polite">
        <h2 id="hd-nudges-title">{t('sidebar_yourReply')}</h2>
        {!ticket.composerFound ? (
          <p className="hd-muted">{t('sidebar_noComposer')}</p>
        ) : quiet ? (
          <p className="hd-muted">{t('sidebar_quiet')}</p>
        ) : nudges.length === 0 ? (
          <p className="hd-muted">{draft.trim() ? t('sidebar_nothingToFlag') : t('sidebar_startTyping')}</p>
        ) : (
          nudges.map((finding) => (
            <NudgeCard
              key={findingKey(finding)}
              finding={finding}
              draft={draft}
              onNotNow={() => notNow(finding)}
              onMute={() => void updatePreferences({ mutedRules: [...preferences.mutedRules, finding.ruleId] })}
            />
          ))
        )}
      </section>
      {preferences.preSendCheck && draftLooksFinished(draft) ? <PreSendCheck items={analysis.checklist} /> : null}
    </aside>
  );
}
