import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';

/**
 * "Prompt sets: 2 new, 1 updated, 3 removed." Each count is its own plural
 * message, so every language can agree its words with its number; clauses with
 * nothing to say are left out.
 */
export function describeChanges(label: string, counts: { added: number; replaced: number; removed: number }): string {
  const clauses = [
    counts.added > 0 && tCount('backup_countNew', counts.added),
    counts.replaced > 0 && tCount('backup_countUpdated', counts.replaced),
    counts.removed > 0 && tCount('backup_countRemoved', counts.removed),
  ].filter((clause): clause is string => Boolean(clause));
  return t('backup_partChanges', label, clauses.join(t('backup_listSeparator')));
}
