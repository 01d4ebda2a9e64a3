import type { Analysis } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';
import type { PromptPack } from '@/lib/prompts/schema';
import { contextFromAnalysis, selectPrompts, type SelectedPrompt } from '@/lib/prompts/select-prompts';
import type { PromptEvent } from '@/lib/prompts/triggers';
import { pointKey, pointOfPrompt, type PromptPoint } from '@/lib/coach/points';
import type { ProblemPoint } from '@/lib/coach/problem-points';

/** A prompt with the point it is about. */
export interface PlacedPrompt {
  selected: SelectedPrompt;
  id: string;
  point: PromptPoint;
}

const RULE_CATEGORY = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.category as string]));
const ruleCategory = (ruleId: string) => RULE_CATEGORY.get(ruleId);
// Enough candidates for every card to find its question; the view shows few of them.
const CANDIDATES = 12;

/**
 * The enabled packs' prompts that fit this moment, each placed on its point, minus the ones
 * whose point is done or that the agent set aside. Self-care speaks through the reset card and
 * a customer's thank-you through the save-a-win offer, so their prompts never stand alone.
 */
export function placePrompts(
  packs: readonly PromptPack[],
  analysis: Analysis,
  events: readonly PromptEvent[],
  options: { selfCare: boolean; retired: readonly string[]; retiredPrompts: readonly string[] },
): PlacedPrompt[] {
  return selectPrompts(packs, contextFromAnalysis(analysis, events), { limit: CANDIDATES })
    .map((selected) => ({
      selected,
      id: `${selected.packId}/${selected.prompt.id}`,
      point: pointOfPrompt(selected, ruleCategory),
    }))
    .filter(
      ({ selected, id, point }) =>
        !options.retiredPrompts.includes(id) &&
        !options.retired.includes(pointKey(point)) &&
        !('moment' in point && (point.moment === 'self-care' || point.moment === 'thanks')) &&
        (options.selfCare || selected.prompt.category !== 'self-care'),
    );
}

/** Each problem card takes the best prompt about its concern (one prompt per card, one card per prompt). */
export function attachPrompts(points: readonly ProblemPoint[], placed: readonly PlacedPrompt[]) {
  const used = new Set<string>();
  const attached = new Map<string, PlacedPrompt>();
  for (const point of points) {
    const prompt = placed.find((p) => !used.has(p.id) && 'concern' in p.point && p.point.concern === point.concern);
    if (!prompt) continue;
    used.add(prompt.id);
    attached.set(point.key, prompt);
  }
  return { attached, rest: placed.filter((p) => !used.has(p.id)) };
}

/** Points a customer's mood raises; the only kind of card an empty reply box gets (issue 14). */
export function aboutTheMood(prompt: PlacedPrompt): boolean {
  return prompt.selected.matched.some((trigger) => trigger.startsWith('signal:')) && !('concern' in prompt.point);
}
