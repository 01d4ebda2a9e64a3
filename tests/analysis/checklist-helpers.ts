import { expect } from 'vitest';
import { buildChecklist } from '@/lib/analysis/checklist';
import { buildContext } from '@/lib/analysis/context';
import { runRules } from '@/lib/analysis/run-rules';
import { DEFAULT_ENGINE_SETTINGS, type ChecklistItem } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';
import { moodWith, type MoodSpec } from '@/tests/rules/rule-table';

/** The pre-send items of a draft, with the mood given directly (no classifier involved). */
export function checklistOf(draft: string, mood: MoodSpec = {}, settings = DEFAULT_ENGINE_SETTINGS): ChecklistItem[] {
  const context = buildContext({ draft, customerMessages: [], mood: moodWith(mood), settings, locale: 'en' });
  return buildChecklist(context, runRules(RULES, context));
}

/** One pre-send item for a draft: its status and, when ticked, the words that earned it. */
export function tick(draft: string, id: ChecklistItem['id'], mood: MoodSpec = {}) {
  const found = checklistOf(draft, mood).find((item) => item.id === id)!;
  if (found.evidence) expect(draft.slice(found.evidence.start, found.evidence.end)).toBe(found.evidence.text);
  return found.evidence ? { status: found.status, words: found.evidence.text } : { status: found.status };
}
