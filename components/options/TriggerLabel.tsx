import { categoryName, ruleNameById } from '@/lib/coach/plain-names';
import { t } from '@/lib/i18n';
import { parseTrigger } from '@/lib/prompts/triggers';

const KIND_KEYS = {
  signal: 'options_triggerSignalValue',
  category: 'options_triggerCategoryValue',
  rule: 'options_triggerRuleValue',
  checklist: 'options_triggerChecklistValue',
  event: 'options_triggerEventValue',
} as const;

/**
 * A trigger in words ("customer mood: frustration", "in the draft: a no without a way forward"):
 * rules and categories by their plain names (issue 14). The raw id stays in the tooltip for
 * those who write packs by hand.
 */
export function TriggerLabel({ trigger }: { trigger: string }) {
  const parsed = parseTrigger(trigger);
  if (!parsed) return <code>{trigger}</code>;
  const value =
    parsed.kind === 'rule'
      ? ruleNameById(parsed.value)
      : parsed.kind === 'category'
        ? categoryName(parsed.value).toLowerCase()
        : parsed.value;
  return <span title={trigger}>{t(KIND_KEYS[parsed.kind], value)}</span>;
}
