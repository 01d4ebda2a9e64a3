import { ZodError } from 'zod';
import { isQuotaError } from '@/lib/db/errors';
import { t } from '@/lib/i18n';

/**
 * The one way a journal error becomes words for the agent, on every page. Our typed
 * errors carry their own i18n key; the browser's and Dexie's are recognised by name;
 * anything else gets one honest sentence rather than a stack trace or parser text.
 */
export function describeJournalError(error: unknown): string {
  const key = (error as { messageKey?: unknown } | null)?.messageKey;
  if (typeof key === 'string') return t(key);
  if (error instanceof ZodError) return error.issues[0]?.message ?? t('error_invalidWin');
  if (isQuotaError(error)) return t('journal_errorStorageFull');
  const name = (error as { name?: string } | null)?.name;
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return t('error_databaseClosed');
  return t('journal_errorGeneric');
}
