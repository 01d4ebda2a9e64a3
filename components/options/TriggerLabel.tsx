import { t } from '@/lib/i18n';
import { parseTrigger } from '@/lib/prompts/triggers';
import { triggerInWords } from '@/lib/coach/trigger-in-words';

const KIND_KEYS = {
  signal: 'options_triggerSignalValue',
  category: 'options_triggerCategoryValue',
  rule: 'options_triggerRuleValue',
  checklist: 'options_triggerChecklistValue',
  event: 'options_triggerEventValue',
} as const;

/**
 * A trigger in words ("customer mood: frustration", "pre-send check: no next step yet"): rules,
 * categories, checks and moments by their plain names, never an id (issue 14; a walk on
 * 2026-12-07 saw "moment: customer-thanks"). The raw id stays in the tooltip for
 * those who write packs by hand.
 */
export function TriggerLabel({ trigger }: { trigger: string }) {
  const parsed = parseTrigger(trigger);
  if (!parsed) return <code>{trigger}</code>;
  // The same words the sidebar gives for a prompt's reason, so a pack reads alike in both places.
  const value = triggerInWords(trigger);
  return <span title={trigger}>{t(KIND_KEYS[parsed.kind], value)}</span>;
}
