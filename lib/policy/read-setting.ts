import { t } from '@/lib/i18n';
import { isPlainObject, wrongType, type ProblemLog } from '@/lib/policy/policy-problems';

/**
 * Every managed setting is written `{ "value": …, "locked": true|false }`, so a lock sits
 * next to the value it locks. Reads that wrapper; the value itself is each setting's business.
 */
export interface Unwrapped {
  value: unknown;
  locked: boolean;
}

const WRAPPER_KEYS = ['value', 'locked'];

export function unwrapSetting(name: string, raw: unknown, log: ProblemLog): Unwrapped | null {
  if (!isPlainObject(raw)) {
    log.add([name], t('options_policyNotWrapped'));
    return null;
  }
  for (const key of Object.keys(raw).filter((key) => !WRAPPER_KEYS.includes(key)))
    log.add([name, key], t('options_policyUnknownWrapperKey'));
  if (raw.locked !== undefined && typeof raw.locked !== 'boolean') {
    // A lock the admin meant but wrote wrongly must not quietly become "unlocked".
    log.add([name, 'locked'], wrongType('boolean', raw.locked), t('options_policySettingIgnored'));
    return null;
  }
  if (raw.value === undefined) {
    log.add([name, 'value'], t('options_problemMissing'));
    return null;
  }
  return { value: raw.value, locked: raw.locked === true };
}

/** A list setting's items, or null (with the reason) when the value is not a list at all. */
export function listValue(path: readonly PropertyKey[], value: unknown, log: ProblemLog): unknown[] | null {
  if (Array.isArray(value)) return value;
  log.add(path, wrongType('array', value));
  return null;
}

/**
 * A list of words or addresses, item by item: each item is kept, or ignored with its reason
 * (`check` returns the kept form, or the reason it is not kept).
 */
export function readStringList(
  name: 'sites' | 'jargon' | 'mutedRules',
  value: unknown,
  log: ProblemLog,
  max: number,
  check: (item: string) => { keep: string } | { reason: string },
): string[] | null {
  const base = [name, 'value'];
  const items = listValue(base, value, log);
  if (!items) return null;
  const kept: string[] = [];
  items.forEach((item, index) => {
    const at = [...base, index];
    if (typeof item !== 'string') return log.add(at, wrongType('string', item));
    const checked = check(item);
    if ('reason' in checked) return log.add(at, checked.reason);
    if (kept.some((other) => other.toLowerCase() === checked.keep.toLowerCase()))
      return log.add(at, t('options_policyListedTwice', checked.keep));
    if (kept.length >= max) return log.add(at, t('options_problemTooManyItems', max));
    kept.push(checked.keep);
  });
  return kept;
}
