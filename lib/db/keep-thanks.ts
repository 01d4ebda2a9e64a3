import type { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { describeJournalError } from '@/lib/db/describe-error';
import { THANKS_TAGS } from '@/lib/journal/thank-you';
import type { Win, WinSource } from '@/lib/journal/win-schema';
import { t } from '@/lib/i18n';

/**
 * A thank-you the agent gave, kept as a teamwork win in their words. Failures come
 * back as an Error whose message the form can show as it is.
 */
export async function keepThanks(
  db: JournalDatabase,
  name: string,
  message: string,
  source: WinSource,
  now = Date.now(),
): Promise<Win> {
  try {
    const text = t('thanks_winText', name.trim(), message.trim());
    return await saveWin(db, { text, kind: 'teamwork', tags: THANKS_TAGS, source }, now);
  } catch (error) {
    throw new Error(describeJournalError(error), { cause: error });
  }
}
