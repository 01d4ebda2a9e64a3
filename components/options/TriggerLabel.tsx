import { t } from '@/lib/i18n';
import { parseTrigger } from '@/lib/prompts/triggers';

const KIND_KEYS = {
  signal: 'options_triggerSignalValue',
  category: 'options_triggerCategoryValue',
  rule: 'options_triggerRuleValue',
  checklist: 'options_triggerChecklistValue',
  event: 'options_triggerEventValue',
} as const;

/** A trigger in words ("customer mood: frustration"), with the raw id kept for those who write packs by hand. */
export function TriggerLabel({ trigger }: { trigger: string }) {
  const parsed = parseTrigger(trigger);
  if (!parsed) return <code>{trigger}</code>;
  return <span title={trigger}>{t(KIND_KEYS[parsed.kind], parsed.value)}</span>;
}
