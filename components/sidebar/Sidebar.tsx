import { useDeferredValue, useMemo, useState } from 'react';
import { analyze } from '@/lib/analysis';
import { draftLooksFinished } from '@/lib/coach/draft-looks-finished';
import { findingKey } from '@/lib/coach/select-nudges';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { t } from '@/lib/i18n';
import { DEFAULT_PREFERENCES, updatePreferences } from '@/lib/storage/settings';
import type { PromptPack } from '@/lib/prompts/schema';
import { MoodSection } from '@/components/sidebar/MoodSection';
import { NudgeCard } from '@/components/sidebar/NudgeCard';
import { PreSendCheck } from '@/components/sidebar/PreSendCheck';
import { ThanksWin } from '@/components/sidebar/ThanksWin';
import { useSnoozed } from '@/components/sidebar/useSnoozed';
import { recordNudge, useNudgeBudget } from '@/components/sidebar/useNudgeBudget';
import { ReadingNotice } from '@/components/sidebar/ReadingNotice';
import { ResetCard } from '@/components/sidebar/ResetCard';
import { PromptCard } from '@/components/sidebar/PromptCard';
import { useCustomPacks, usePreferences } from '@/components/shared/use-stored-settings';
import { enabledPacks } from '@/lib/prompts';
import { contextFromAnalysis, selectPrompts } from '@/lib/prompts/select-prompts';
import type { PromptEvent } from '@/lib/prompts/triggers';
import { useResetCard } from '@/components/sidebar/useResetCard';
import { useTicket } from '@/components/sidebar/useTicket';

// One empty list for "not read yet", so memoised prompt selection does not rerun each render.
const NO_CUSTOM_PACKS: PromptPack[] = [];

interface Props {
  watcher: TicketWatcher;
  helpdeskName: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** Opens "Show Heartdesk this page" (the picker). */
  onShowMe?: () => void;
  onForgetRecipe?: () => void;
}

export function Sidebar({
  watcher,
  helpdeskName,
  collapsed,
  onCollapsedChange,
  onShowMe = () => undefined,
  onForgetRecipe = () => undefined,
}: Props) {
  const ticket = useTicket(watcher);
  const preferences = usePreferences().preferences ?? DEFAULT_PREFERENCES;
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

  // One prompt from the agent's enabled sets, only when it fits and only in the room the nudges leave.
  const customPacks = useCustomPacks() ?? NO_CUSTOM_PACKS;
  const packs = useMemo(
    () => enabledPacks(customPacks, preferences.enabledPromptSets),
    [customPacks, preferences.enabledPromptSets],
  );
  const [setAsidePrompts, setSetAsidePrompts] = useState<{ generation: number; ids: string[] }>({
    generation: -1,
    ids: [],
  });
  const asideIds = setAsidePrompts.generation === ticket.generation ? setAsidePrompts.ids : [];
  const events: PromptEvent[] = [
    ...(thanked ? (['customer-thanks'] as const) : []),
    ...(reset.show ? (['after-hard-conversation'] as const) : []),
  ];
  const prompt =
    quiet || nudges.length >= preferences.maxNudgesShown
      ? undefined
      : selectPrompts(packs, contextFromAnalysis(analysis, events), { limit: 5 }).find(
          (candidate) =>
            !asideIds.includes(`${candidate.packId}/${candidate.prompt.id}`) &&
            (preferences.selfCare || candidate.prompt.category !== 'self-care'),
        );

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
      {reset.show ? <ResetCard onClose={reset.close} /> : null}
      <MoodSection
        mood={analysis.mood}
        hasMessage={Boolean(latestCustomerMessage)}
        reading={<ReadingNotice ticket={ticket} onShowMe={onShowMe} onForgetRecipe={onForgetRecipe} />}
      />
      {thanked && latestCustomerMessage ? (
        <ThanksWin key={ticket.generation} customerMessage={latestCustomerMessage} ticketUrl={ticket.url} />
      ) : null}
      <section className="hd-section" aria-labelledby="hd-nudges-title" aria-live="polite">
        <h2 id="hd-nudges-title">{t('sidebar_yourReply')}</h2>
        {!ticket.composerFound ? (
          <p className="hd-muted">{ticket.noteOpen ? t('sidebar_noteOpen') : t('sidebar_noComposer')}</p>
        ) : quiet ? (
          <p className="hd-muted">{t('sidebar_quiet')}</p>
        ) : nudges.length === 0 && !prompt ? (
          <p className="hd-muted">{draft.trim() ? t('sidebar_nothingToFlag') : t('sidebar_startTyping')}</p>
        ) : (
          <>
            {nudges.map((finding) => (
              <NudgeCard
                key={findingKey(finding)}
                finding={finding}
                draft={draft}
                onNotNow={() => notNow(finding)}
                onMute={() => {
                  recordNudge(finding.ruleId, 'muted');
                  void updatePreferences((current) => ({ mutedRules: [...current.mutedRules, finding.ruleId] }));
                }}
                onRate={(helpful) => recordNudge(finding.ruleId, helpful ? 'helpful' : 'notHelpful')}
              />
            ))}
            {prompt ? (
              <PromptCard
                selected={prompt}
                onNotNow={() =>
                  setSetAsidePrompts({
                    generation: ticket.generation,
                    ids: [...asideIds, `${prompt.packId}/${prompt.prompt.id}`],
                  })
                }
              />
            ) : null}
          </>
        )}
      </section>
      {preferences.preSendCheck && draftLooksFinished(draft) ? <PreSendCheck items={analysis.checklist} /> : null}
    </aside>
  );
}
