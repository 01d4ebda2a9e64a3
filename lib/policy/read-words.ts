import { currentRuleId } from '@/lib/engine/renamed-ids';
import { t } from '@/lib/i18n';
import { KNOWN_RULE_IDS } from '@/lib/prompts/triggers';
import { MAX_CUSTOM_JARGON, MAX_JARGON_LENGTH } from '@/lib/storage/preference-fields';
import { listValue } from '@/lib/policy/read-setting';
import { wrongType, type ProblemLog } from '@/lib/policy/policy-problems';

/** Longer lists than an agent may keep are ignored past the same limit. */
const MAX_MUTED_RULES = 200;

/**
 * A list of words, item by item: each item is kept, or ignored with its reason
 * (`check` returns the kept form, or the reason it is not kept).
 */
function readStrings(
  name: 'jargon' | 'mutedRules',
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

/** Team jargon: the words the jargon rule flags, on top of its built-in list. */
export function readJargon(value: unknown, log: ProblemLog): string[] | null {
  return readStrings('jargon', value, log, MAX_CUSTOM_JARGON, (item) => {
    const word = item.trim();
    if (!word) return { reason: t('options_problemEmpty') };
    if (word.length > MAX_JARGON_LENGTH) return { reason: t('options_problemTooLong', MAX_JARGON_LENGTH, word.length) };
    return { keep: word };
  });
}

/** Muted rules by id; an id renamed since the policy was written mutes the renamed rule. */
export function readMutedRules(value: unknown, log: ProblemLog): string[] | null {
  return readStrings('mutedRules', value, log, MAX_MUTED_RULES, (item) => {
    const id = currentRuleId(item.trim());
    return KNOWN_RULE_IDS.includes(id) ? { keep: id } : { reason: t('options_policyUnknownRule', item) };
  });
}
