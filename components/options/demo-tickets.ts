import { classifyMood } from '@/lib/classify';
import { analyze } from '@/lib/analysis';
import type { Analysis, EngineSettings } from '@/lib/engine/types';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import type { PromptEvent } from '@/lib/prompts/triggers';

/** Three sample tickets for the prompt-set preview; the words are messages so they translate too. */
export interface DemoTicket {
  id: 'angry' | 'confused' | 'grateful';
  title: string;
  customer: string;
  draft: string;
}

export function demoTickets(): DemoTicket[] {
  return (['angry', 'confused', 'grateful'] as const).map((id) => {
    const key = id.charAt(0).toUpperCase() + id.slice(1);
    return {
      id,
      title: t(`options_demo${key}Title`),
      customer: t(`options_demo${key}Customer`),
      draft: t(`options_demo${key}Draft`),
    };
  });
}

export interface DemoReading {
  analysis: Analysis;
  events: PromptEvent[];
}

/** Mood from the classifier, findings from the engine on the sample draft, events as the coach would raise them. */
export function readDemoTicket(ticket: DemoTicket, settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): DemoReading {
  const mood = classifyMood([ticket.customer]);
  const analysis = {
    ...analyze({ customerMessages: [ticket.customer], draft: ticket.draft, locale: 'en', settings }),
    mood,
  };
  const events: PromptEvent[] = mood.signals.gratitude.level === 'none' ? [] : ['customer-thanks'];
  return { analysis, events };
}
