import { t } from '@/lib/i18n';
import { NUMBER_LIMITS, SENSITIVITIES, type Sensitivity } from '@/lib/storage/preference-fields';
import { BUDGET_FIELDS, type BudgetField, type NudgeBudget } from '@/lib/storage/organisation-policy';
import { isPlainObject, wrongType, type ProblemLog } from '@/lib/policy/policy-problems';

export function readSensitivity(value: unknown, log: ProblemLog): Sensitivity | null {
  if (SENSITIVITIES.includes(value as Sensitivity)) return value as Sensitivity;
  log.add(['sensitivity', 'value'], t('options_problemNotOneOf', SENSITIVITIES.join(', ')));
  return null;
}

/** The nudge budget, number by number: one out of range is ignored, the others apply. */
export function readNudgeBudget(value: unknown, log: ProblemLog): NudgeBudget | null {
  const base = ['nudgeBudget', 'value'];
  if (!isPlainObject(value)) {
    log.add(base, wrongType('object', value));
    return null;
  }
  const budget: NudgeBudget = {};
  for (const [key, number] of Object.entries(value)) {
    if (!(BUDGET_FIELDS as readonly string[]).includes(key)) {
      log.add([...base, key], t('options_policyUnknownBudget', BUDGET_FIELDS.join(', ')));
      continue;
    }
    const { min, max } = NUMBER_LIMITS[key as BudgetField];
    if (!Number.isInteger(number) || (number as number) < min || (number as number) > max)
      log.add([...base, key], t('options_policyWholeNumberBetween', min, max));
    else budget[key as BudgetField] = number as number;
  }
  return Object.keys(budget).length > 0 ? budget : null;
}
