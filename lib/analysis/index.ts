import { classifyMood } from '@/lib/classify';
import { RULES } from '@/lib/rules';
import { buildChecklist } from '@/lib/analysis/checklist';
import { buildContext } from '@/lib/analysis/context';
import {
  MAX_DRAFT_CHARS,
  MAX_CUSTOMER_MESSAGE_CHARS,
  MAX_CUSTOMER_MESSAGES,
  capText,
  looksBinary,
} from '@/lib/engine/limits';
import { startAnalysis } from '@/lib/engine/text-memo';
import { runRules, selectFindings } from '@/lib/analysis/run-rules';
import {
  DEFAULT_ENGINE_SETTINGS,
  type Analysis,
  type AnalyzeInput,
  type EngineSettings,
  type Mood,
  type Sensitivity,
} from '@/lib/engine/types';

/** Settings arrive from storage and messages; anything malformed falls back to the defaults. */
function saneSettings(settings: Partial<EngineSettings> | undefined): EngineSettings {
  const sensitivity = settings?.sensitivity;
  return {
    mutedRules: Array.isArray(settings?.mutedRules) ? settings.mutedRules.filter((id) => typeof id === 'string') : [],
    sensitivity: sensitivity === 'low' || sensitivity === 'high' ? sensitivity : DEFAULT_ENGINE_SETTINGS.sensitivity,
    customJargon: Array.isArray(settings?.customJargon)
      ? settings.customJargon.filter((word) => typeof word === 'string').slice(0, 200)
      : [],
  };
}

// The customer's messages change once per ticket, the draft on every pause in typing: the
// mood of the last messages is kept and handed out again (results are read-only data).
let lastMood: { messages: string[]; sensitivity: Sensitivity; mood: Mood } | null = null;
function moodOf(messages: string[], sensitivity: Sensitivity): Mood {
  const same =
    lastMood !== null &&
    lastMood.sensitivity === sensitivity &&
    lastMood.messages.length === messages.length &&
    lastMood.messages.every((message, index) => message === messages[index]);
  if (!same) lastMood = { messages, sensitivity, mood: classifyMood(messages, { sensitivity }) };
  return lastMood!.mood;
}

/**
 * Text in, coaching data out: the customer's mood, the draft's findings and the pre-send
 * checklist. Pure (no DOM, storage, network or clock) and never throws; time is bounded
 * by the caps in ./limits. Treat the result as read-only: parts of it (the mood) are shared
 * between calls with the same customer messages.
 */
export function analyze(input: AnalyzeInput): Analysis {
  startAnalysis();
  const customerMessages = (Array.isArray(input.customerMessages) ? input.customerMessages : [])
    .filter((message) => typeof message === 'string')
    .slice(-MAX_CUSTOMER_MESSAGES)
    .map((message) => capText(message, MAX_CUSTOMER_MESSAGE_CHARS));
  const settings = saneSettings(input.settings);
  const mood = moodOf(customerMessages, settings.sensitivity);
  const rawDraft = typeof input.draft === 'string' ? input.draft : '';
  const draft = looksBinary(rawDraft) ? '' : capText(rawDraft, MAX_DRAFT_CHARS);
  const context = buildContext({
    draft,
    customerMessages,
    mood,
    settings,
    locale: typeof input.locale === 'string' ? input.locale : 'en',
  });
  const raw = runRules(RULES, context);
  return {
    mood,
    findings: selectFindings(raw, settings.mutedRules, settings.sensitivity),
    checklist: buildChecklist(context, raw),
  };
}

export type { Analysis, AnalyzeInput } from '@/lib/engine/types';
