import { categoryName, ruleNameById } from '@/lib/coach/plain-names';
import { t } from '@/lib/i18n';
import { parseTrigger } from '@/lib/prompts/triggers';

/** Why a prompt appeared, in plain words: never a rule id or an internal category name (issue 14). */
export function triggerInWords(trigger: string): string {
  const parsed = parseTrigger(trigger);
  if (!parsed) return t('category_unnamed');
  const { kind, value } = parsed;
  if (kind === 'rule') return ruleNameById(value);
  if (kind === 'category') return categoryName(value).toLowerCase();
  const key = `trigger_${kind}_${value.replace(/-/g, '_')}`;
  const described = t(key);
  return described === key ? t('category_unnamed') : described;
}
