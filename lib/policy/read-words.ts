import { currentRuleId } from '@/lib/engine/renamed-ids';
import { t } from '@/lib/i18n';
import { KNOWN_RULE_IDS } from '@/lib/prompts/triggers';
import { MAX_CUSTOM_JARGON, MAX_JARGON_LENGTH } from '@/lib/storage/preference-fields';
import { readStringList } from '@/lib/policy/read-setting';
import type { ProblemLog } from '@/lib/policy/policy-problems';

/** Longer lists than an agent may keep are ignored past the same limit. */
const MAX_MUTED_RULES = 200;

/** Team jargon: the words the jargon rule flags, on top of its built-in list. */
export function readJargon(value: unknown, log: ProblemLog): string[] | null {
  return readStringList('jargon', value, log, MAX_CUSTOM_JARGON, (item) => {
    const word = item.trim();
    if (!word) return { reason: t('options_problemEmpty') };
    if (word.length > MAX_JARGON_LENGTH) return { reason: t('options_problemTooLong', MAX_JARGON_LENGTH, word.length) };
    return { keep: word };
  });
}

/** Muted rules by id; an id renamed since the policy was written mutes the renamed rule. */
export function readMutedRules(value: unknown, log: ProblemLog): string[] | null {
  return readStringList('mutedRules', value, log, MAX_MUTED_RULES, (item) => {
    const id = currentRuleId(item.trim());
    return KNOWN_RULE_IDS.includes(id) ? { keep: id } : { reason: t('options_policyUnknownRule', item) };
  });
}
