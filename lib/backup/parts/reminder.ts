import { t } from '@/lib/i18n';
import { refuse } from '@/lib/journal/backup-refusal';
import {
  isReminder,
  loadReminder,
  reflectionReminderItem,
  REMINDER_MIGRATIONS,
  repairReminder,
  type ReflectionReminder,
} from '@/lib/storage/reflection-reminder';
import { itemVersion, migrate, type StoragePart } from '@/lib/backup/storage-part';

const label = () => t('backup_part_reminder');

/**
 * The weekly reflection reminder's choice. Restored like a setting; the browser's
 * notification permission is not in a file, so a restored "on" may need the agent
 * to allow notifications again (the journal's reminder section offers it).
 */
export const reminderPart: StoragePart<ReflectionReminder> = {
  id: 'reminder',
  key: reflectionReminderItem.key,
  version: () => itemVersion(REMINDER_MIGRATIONS),
  label,
  read: loadReminder,
  parse(data, fromVersion) {
    const value = migrate(data, fromVersion, itemVersion(REMINDER_MIGRATIONS), REMINDER_MIGRATIONS);
    return isReminder(value) ? { ok: true, value } : refuse('bad-part', label(), t('backup_problem_reminder'));
  },
  combine(incoming, stored, mode) {
    if (JSON.stringify(repairReminder(stored)) === JSON.stringify(incoming))
      return { write: false, summary: t('backup_listSame', label()) };
    if (mode === 'merge' && stored != null) return { write: false, summary: t('backup_reminderKept') };
    return { write: true, value: incoming, summary: t(incoming.enabled ? 'backup_reminderOn' : 'backup_reminderOff') };
  },
};
