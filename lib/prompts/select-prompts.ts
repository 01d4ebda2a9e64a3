import type { Analysis, ChecklistItem, Finding, MoodSignalId, SignalLevel } from '@/lib/engine/types';
import type { Prompt, PromptPack } from '@/lib/prompts/schema';
import { parseTrigger, type PromptEvent } from '@/lib/prompts/triggers';

/** Everything a prompt can react to, as plain data (pure: no clock, no storage). */
export interface PromptContext {
  signals: Partial<Record<MoodSignalId, SignalLevel>>;
  upset: boolean;
  findings: ReadonlyArray<Pick<Finding, 'ruleId' | 'category'>>;
  checklist: readonly ChecklistItem[];
  events: readonly PromptEvent[];
}

export interface SelectedPrompt {
  packId: string;
  prompt: Prompt;
  score: number;
  /** The triggers that fired, so the UI can say why a prompt appeared. */
  matched: string[];
}

export interface SelectOptions {
  limit?: number;
}

/** A hint is a soft reading of the customer (types.ts SignalLevel): it counts, at half strength. */
const LEVEL_STRENGTH: Record<SignalLevel, number> = { none: 0, hint: 0.5, confident: 1 };
/** Each extra trigger that fires adds a little, so a prompt that fits twice outranks one that fits once at equal weight. */
const EXTRA_MATCH_BONUS = 0.1;

export function triggerStrength(trigger: string, context: PromptContext): number {
  const parsed = parseTrigger(trigger);
  if (!parsed) return 0;
  const { kind, value } = parsed;
  switch (kind) {
    case 'signal':
      if (value === 'upset') return context.upset ? 1 : 0;
      return LEVEL_STRENGTH[context.signals[value as MoodSignalId] ?? 'none'] ?? 0;
    case 'category':
      return context.findings.some((finding) => finding.category === value) ? 1 : 0;
    case 'rule':
      return context.findings.some((finding) => finding.ruleId === value) ? 1 : 0;
    case 'checklist':
      return context.checklist.some((item) => item.id === value && item.status === 'missing') ? 1 : 0;
    case 'event':
      return context.events.includes(value as PromptEvent) ? 1 : 0;
  }
}

/**
 * A prompt tied to a pre-send item the draft already ticks (say, "name their
 * problem" once feelings are acknowledged) has done its job: repeating it would nag.
 */
function alreadyDone(prompt: Prompt, context: PromptContext): boolean {
  return prompt.triggers.some((trigger) => {
    const parsed = parseTrigger(trigger);
    return (
      parsed?.kind === 'checklist' &&
      context.checklist.some((item) => item.id === parsed.value && item.status === 'done')
    );
  });
}

/**
 * Ranks the prompts of the enabled packs for one moment of one ticket: highest
 * score first, ties kept in pack order then prompt order so the choice is stable
 * while the agent types. Weight 0 switches a prompt off without deleting it.
 */
export function selectPrompts(
  packs: readonly PromptPack[],
  context: PromptContext,
  { limit = 3 }: SelectOptions = {},
): SelectedPrompt[] {
  const candidates: SelectedPrompt[] = [];
  for (const pack of packs) {
    for (const prompt of pack.prompts) {
      if (prompt.weight <= 0 || alreadyDone(prompt, context)) continue;
      const strengths = prompt.triggers.map((trigger) => triggerStrength(trigger, context));
      const matched = prompt.triggers.filter((_, index) => (strengths[index] ?? 0) > 0);
      if (matched.length === 0) continue;
      const best = Math.max(...strengths);
      const score = prompt.weight * (best + EXTRA_MATCH_BONUS * (matched.length - 1));
      candidates.push({ packId: pack.id, prompt, score, matched });
    }
  }
  // Array#sort is stable, so equal scores keep the pack/prompt order.
  return candidates.sort((a, b) => b.score - a.score).slice(0, Math.max(0, limit));
}

/** Builds the context from an engine analysis plus what the coach knows about the conversation. */
export function contextFromAnalysis(analysis: Analysis, events: readonly PromptEvent[] = []): PromptContext {
  const signals: Partial<Record<MoodSignalId, SignalLevel>> = {};
  for (const [id, result] of Object.entries(analysis.mood.signals)) signals[id as MoodSignalId] = result.level;
  return {
    signals,
    upset: analysis.mood.upset,
    findings: analysis.findings,
    checklist: analysis.checklist,
    events,
  };
}
