import { currentRuleId, RENAMED_RULE_IDS } from '@/lib/engine/renamed-ids';
import { RULE_IDS } from '@/lib/engine/rule-ids';
import { GOOD_CATEGORIES, MOOD_SIGNALS, PROBLEM_CATEGORIES, type ChecklistItemId } from '@/lib/engine/types';

/**
 * What a prompt can react to. Triggers are saved inside packs (built-in and
 * imported), so every form here is a permanent id: add forms, never rename one.
 */

/** Rule ids the packs may name: exactly the rule registry's (rule ids are permanent). */
export const KNOWN_RULE_IDS: readonly string[] = RULE_IDS;

/** `upset` is the engine's summary flag (Mood.upset), offered beside the raw signals. */
export const SIGNAL_TRIGGERS = [...MOOD_SIGNALS, 'upset'] as const;
export const CATEGORY_TRIGGERS = [...PROBLEM_CATEGORIES, ...GOOD_CATEGORIES] as const;
export const CHECKLIST_TRIGGERS: readonly ChecklistItemId[] = ['feelings', 'can-do', 'no-has-alternative', 'next-step'];
export const EVENT_TRIGGERS = ['after-hard-conversation', 'customer-thanks'] as const;
export type PromptEvent = (typeof EVENT_TRIGGERS)[number];

export type TriggerKind = 'signal' | 'category' | 'rule' | 'checklist' | 'event';
export interface ParsedTrigger {
  kind: TriggerKind;
  value: string;
}

const KNOWN_VALUES: Record<TriggerKind, () => readonly string[]> = {
  signal: () => SIGNAL_TRIGGERS,
  category: () => CATEGORY_TRIGGERS,
  rule: () => KNOWN_RULE_IDS,
  checklist: () => CHECKLIST_TRIGGERS,
  event: () => EVENT_TRIGGERS,
};

export const TRIGGER_KINDS = Object.keys(KNOWN_VALUES) as TriggerKind[];

/**
 * Splits `kind:value`; null when the kind is not one we know. A `rule:` trigger saved under
 * a rule's old id names the renamed rule (lib/engine/renamed-ids.ts), so packs keep working.
 */
export function parseTrigger(
  trigger: string,
  renames: Readonly<Record<string, string>> = RENAMED_RULE_IDS,
): ParsedTrigger | null {
  const colon = trigger.indexOf(':');
  if (colon < 1) return null;
  const kind = trigger.slice(0, colon);
  if (!Object.hasOwn(KNOWN_VALUES, kind)) return null;
  const value = trigger.slice(colon + 1);
  return { kind: kind as TriggerKind, value: kind === 'rule' ? currentRuleId(value, renames) : value };
}

export function isKnownTrigger(trigger: string, renames: Readonly<Record<string, string>> = RENAMED_RULE_IDS): boolean {
  const parsed = parseTrigger(trigger, renames);
  return parsed !== null && KNOWN_VALUES[parsed.kind]().includes(parsed.value);
}

/** Every trigger a pack may use, for editors and error messages. */
export function allKnownTriggers(): string[] {
  return TRIGGER_KINDS.flatMap((kind) => KNOWN_VALUES[kind]().map((value) => `${kind}:${value}`));
}
