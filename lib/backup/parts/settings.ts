import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { refuse } from '@/lib/journal/backup-refusal';
import { PREFERENCE_FIELDS, type Preferences } from '@/lib/storage/preference-fields';
import { loadPreferences, PREFERENCES_MIGRATIONS, repairPreferences } from '@/lib/storage/settings';
import { PREFERENCES_KEY } from '@/lib/storage/storage-keys';
import { itemVersion, migrate, type StoragePart } from '@/lib/backup/storage-part';

const FIELDS = Object.keys(PREFERENCE_FIELDS) as Array<keyof Preferences>;

/**
 * The agent's own preferences (rules, prompt sets on, helpdesks off…). Settings an
 * organisation manages for the agent are not theirs to carry and never enter a backup.
 * A field this build does not know (from a newer one) is left out; a known field
 * with an unusable value refuses the file, since restoring it would silently reset it.
 */
export const settingsPart: StoragePart<Preferences> = {
  id: 'settings',
  key: PREFERENCES_KEY,
  version: () => itemVersion(PREFERENCES_MIGRATIONS),
  label: () => t('backup_part_settings'),
  read: loadPreferences,
  parse(data, fromVersion) {
    const value = migrate(data, fromVersion, itemVersion(PREFERENCES_MIGRATIONS), PREFERENCES_MIGRATIONS);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return refuse('bad-part', t('backup_part_settings'), t('backup_problem_notSettings'));
    const record = value as Record<string, unknown>;
    const broken = FIELDS.find((field) => field in record && !PREFERENCE_FIELDS[field](record[field]));
    if (broken) return refuse('bad-part', t('backup_part_settings'), t('backup_problem_setting', broken));
    return { ok: true, value: repairPreferences(record) };
  },
  combine(incoming, stored, mode) {
    const current = repairPreferences(stored);
    const differing = FIELDS.filter((field) => JSON.stringify(current[field]) !== JSON.stringify(incoming[field]));
    if (stored != null && differing.length === 0) return { write: false, summary: t('backup_settingsSame') };
    if (mode === 'merge' && stored != null) return { write: false, summary: t('backup_settingsKept') };
    const summary = stored == null ? t('backup_settingsTaken') : tCount('backup_settingsReplaced', differing.length);
    return { write: true, value: incoming, summary };
  },
};
