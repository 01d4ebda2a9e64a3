import { t } from '@/lib/i18n';

/**
 * The tour, step by step, on the bundled sample ticket (the demo helpdesk's ticket
 * 101, Dana's missing desk). Each step says what to look at in the real sidebar and
 * what the reply box holds. The ticket's words go through t() like every string,
 * though the engine reads English: a translation keeps them in English.
 */
export type TourStepId = 'mood' | 'nudge' | 'ready' | 'win';

export interface TourStep {
  id: TourStepId;
  title: string;
  caption: string;
  /** The draft typed into the sample reply box at this step. */
  draft: string;
  /** The good reply was sent and the customer's thank-you has arrived. */
  thanked: boolean;
}

export const TOUR_STEP_IDS: readonly TourStepId[] = ['mood', 'nudge', 'ready', 'win'];

export function tourSteps(): TourStep[] {
  const excuse = t('welcome_tourDraftExcuse');
  const good = t('welcome_tourDraftGood');
  return [
    { id: 'mood', title: t('welcome_tourMoodTitle'), caption: t('welcome_tourMoodCaption'), draft: '', thanked: false },
    {
      id: 'nudge',
      title: t('welcome_tourNudgeTitle'),
      caption: t('welcome_tourNudgeCaption'),
      draft: excuse,
      thanked: false,
    },
    {
      id: 'ready',
      title: t('welcome_tourReadyTitle'),
      caption: t('welcome_tourReadyCaption'),
      draft: good,
      thanked: false,
    },
    { id: 'win', title: t('welcome_tourWinTitle'), caption: t('welcome_tourWinCaption'), draft: '', thanked: true },
  ];
}

export interface TourMessage {
  role: 'customer' | 'agent';
  author: string;
  text: string;
}

/** The sample conversation; at the last step the good reply has been sent and the thank-you follows it. */
export function tourThread(thanked: boolean): TourMessage[] {
  const customer = t('welcome_tourCustomerName');
  const you = t('welcome_tourYou');
  return [
    { role: 'customer', author: customer, text: t('welcome_tourMessage1') },
    { role: 'agent', author: you, text: t('welcome_tourAgentMessage') },
    { role: 'customer', author: customer, text: t('welcome_tourMessage2') },
    ...(thanked
      ? [
          { role: 'agent' as const, author: you, text: t('welcome_tourDraftGood') },
          { role: 'customer' as const, author: customer, text: t('welcome_tourThanks') },
        ]
      : []),
  ];
}
