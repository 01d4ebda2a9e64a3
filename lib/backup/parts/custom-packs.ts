import { t } from '@/lib/i18n';
import { refuse } from '@/lib/journal/backup-refusal';
import { isBuiltinPackId } from '@/lib/prompts/builtin';
import { checkPack } from '@/lib/prompts/parse-pack';
import type { PromptPack } from '@/lib/prompts/schema';
import {
  CUSTOM_PACKS_MIGRATIONS,
  customPacksItem,
  loadCustomPacks,
  MAX_CUSTOM_PACKS,
  repairCustomPacks,
} from '@/lib/storage/custom-packs';
import { itemVersion, migrate, type StoragePart } from '@/lib/backup/storage-part';
import { mergeById } from '@/lib/backup/merge-by-id';
import { describeChanges } from '@/lib/backup/describe-changes';

const label = () => t('backup_part_customPacks');

/** The agent's own prompt sets, each checked by the same schema as a pack imported in Options. */
export const customPacksPart: StoragePart<PromptPack[]> = {
  id: 'customPacks',
  key: customPacksItem.key,
  version: () => itemVersion(CUSTOM_PACKS_MIGRATIONS),
  label,
  read: loadCustomPacks,
  parse(data, fromVersion) {
    const value = migrate(data, fromVersion, itemVersion(CUSTOM_PACKS_MIGRATIONS), CUSTOM_PACKS_MIGRATIONS);
    if (!Array.isArray(value)) return refuse('bad-part', label(), t('backup_problem_notList'));
    if (value.length > MAX_CUSTOM_PACKS) return refuse('over-limit', label(), MAX_CUSTOM_PACKS);
    const packs: PromptPack[] = [];
    for (const [index, candidate] of value.entries()) {
      const checked = checkPack(candidate);
      if (!checked.ok) {
        const problem = checked.problems[0];
        const where = problem?.path ? `[${index}].${problem.path}` : `[${index}]`;
        return refuse('bad-part', label(), t('backup_problem_pack', index + 1, where, problem?.problem ?? ''));
      }
      if (isBuiltinPackId(checked.pack.id) || packs.some((pack) => pack.id === checked.pack.id))
        return refuse('bad-part', label(), t('backup_problem_packId', checked.pack.id));
      packs.push(checked.pack);
    }
    return { ok: true, value: packs };
  },
  combine(incoming, stored, mode) {
    const merged = mergeById(repairCustomPacks(stored), incoming, (pack) => pack.id, mode);
    if (merged.value.length > MAX_CUSTOM_PACKS) return refuse('over-limit', label(), MAX_CUSTOM_PACKS);
    if (merged.changes === 0) return { write: false, summary: t('backup_listSame', label()) };
    return {
      write: true,
      value: merged.value,
      summary: describeChanges(label(), merged),
    };
  },
};
