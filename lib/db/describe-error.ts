import { ZodError } from 'zod';
import { t } from '../i18n';

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: string; inner?: unknown };
  // Dexie wraps the browser's error: an AbortError whose `inner` is the QuotaExceededError.
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

/** A sentence an agent can act on, for any error a journal write can raise. */
export function describeSaveError(error: unknown): string {
  if (error instanceof ZodError) return error.issues[0]?.message ?? t('error_invalidWin');
  if (isQuotaError(error) || (error as { name?: string } | null)?.name === 'JournalStorageFullError') {
    return t('error_storageFull');
  }
  const name = (error as { name?: string } | null)?.name;
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return t('error_databaseClosed');
  return t('error_saveFailed', error instanceof Error ? error.message : String(error));
}
