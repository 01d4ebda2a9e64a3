import { t } from '@/lib/i18n';
import { refuse } from '@/lib/journal/backup-refusal';
import { customSitesSchema, normalizeOrigin, parseCustomSites, type CustomSite } from '@/lib/sites/custom-sites';
import { customSitesItem, loadCustomSites } from '@/lib/sites/custom-sites-browser';
import type { StoragePart } from '@/lib/backup/storage-part';
import { mergeById } from '@/lib/backup/merge-by-id';
import { describeChanges } from '@/lib/backup/describe-changes';

const label = () => t('backup_part_customSites');

/** Whether this browser granted access is the browser's fact, not the agent's data: sync finds it again. */
const withoutAccessMark = (sites: readonly CustomSite[]): CustomSite[] =>
  sites.map(({ origin, addedAt }) => ({ origin, addedAt }));

/**
 * Helpdesks the agent added by address. The browser's permission for each is not
 * in a file: once restored, the background finds which are granted and Options →
 * Sites offers "Grant access" for the rest (lib/sites/custom-sites.ts syncCustomSites).
 */
export const customSitesPart: StoragePart<CustomSite[]> = {
  id: 'customSites',
  key: customSitesItem.key,
  version: () => 1,
  label,
  read: async () => withoutAccessMark(await loadCustomSites()),
  parse(data) {
    const parsed = customSitesSchema.safeParse(data);
    if (!parsed.success) return refuse('bad-part', label(), t('backup_problem_sites'));
    const unusable = parsed.data.find((site) => {
      const check = normalizeOrigin(site.origin);
      return !check.ok || check.origin !== site.origin;
    });
    if (unusable) return refuse('bad-part', label(), t('backup_problem_site', unusable.origin.slice(0, 80)));
    return { ok: true, value: withoutAccessMark(parsed.data) };
  },
  combine(incoming, stored, mode) {
    const merged = mergeById(withoutAccessMark(parseCustomSites(stored)), incoming, (site) => site.origin, mode);
    if (merged.changes === 0) return { write: false, summary: t('backup_listSame', label()) };
    const summary = describeChanges(label(), merged);
    return {
      write: true,
      value: merged.value,
      summary: merged.added > 0 ? `${summary} ${t('backup_sitesAccess')}` : summary,
    };
  },
};
