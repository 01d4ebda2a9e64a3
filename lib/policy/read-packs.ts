import { t } from '@/lib/i18n';
import { isBuiltinPackId } from '@/lib/prompts/builtin';
import { checkPack } from '@/lib/prompts/parse-pack';
import type { PromptPack } from '@/lib/prompts/schema';
import { listValue } from '@/lib/policy/read-setting';
import type { ProblemLog } from '@/lib/policy/policy-problems';

/** An organisation ships a handful of team sets; past this many the rest are ignored. */
export const MAX_TEAM_PACKS = 20;
/** A valid set is well under this (50 prompts of 400 characters); a bigger one is a mistake. */
export const MAX_TEAM_PACK_BYTES = 131_072;

/**
 * Team prompt sets, each checked with the same zod schema as an imported pack file
 * (lib/prompts/schema.ts): one that fails is ignored with the field that failed, the
 * others still apply.
 */
export function readTeamPacks(value: unknown, log: ProblemLog): PromptPack[] | null {
  const base = ['promptSets', 'value'];
  const items = listValue(base, value, log);
  if (!items) return null;
  const packs: PromptPack[] = [];
  items.forEach((item, index) => {
    const at = [...base, index];
    if (index >= MAX_TEAM_PACKS) {
      if (index === MAX_TEAM_PACKS) log.add(at, t('options_policyTooManyPacks', MAX_TEAM_PACKS));
      return;
    }
    const size = JSON.stringify(item)?.length ?? 0;
    if (size > MAX_TEAM_PACK_BYTES) {
      log.add(at, t('options_policyPackTooBig', Math.round(MAX_TEAM_PACK_BYTES / 1024)));
      return;
    }
    const checked = checkPack(item);
    if (!checked.ok) {
      // The set first, by the name the agent would know it by, then each field that failed.
      const name = (item as { name?: unknown } | null)?.name;
      log.add(at, t('options_policyPackIgnored', typeof name === 'string' && name.trim() ? name.trim() : index + 1));
      for (const problem of checked.problems) if (problem.path) log.add([...at, problem.path], problem.problem);
      return;
    }
    const pack = checked.pack;
    if (isBuiltinPackId(pack.id)) log.add([...at, 'id'], t('options_policyBuiltinPackId', pack.id));
    else if (packs.some((other) => other.id === pack.id))
      log.add([...at, 'id'], t('options_policyListedTwice', pack.id));
    else packs.push(pack);
  });
  return packs;
}
