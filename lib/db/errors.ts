/**
 * Typed journal errors. Each carries an i18n key (`messageKey`) so the page can
 * say what happened in the agent's language; `message` is the English text for
 * logs and tests.
 */

export class JournalStorageFullError extends Error {
  override readonly name = 'JournalStorageFullError';
  readonly messageKey = 'journal_errorStorageFull';
  constructor(override readonly cause: unknown) {
    super(
      "Your browser's storage for Heartdesk is full, so nothing was saved and nothing already saved was changed. Export a backup, then free some space in the browser, and try again.",
    );
  }
}

export type JournalOpenFailure = 'blocked' | 'upgrade-failed' | 'storage-full' | 'unavailable';

const OPEN_FAILURE_TEXT: Record<JournalOpenFailure, string> = {
  blocked:
    'Another Heartdesk tab is still using the older journal. Close or reload the other Heartdesk tabs, then try again.',
  'upgrade-failed':
    'Heartdesk could not update your journal to this version. Your wins were left exactly as they were; reload to try again.',
  'storage-full': "Your browser's storage for Heartdesk is full, so the journal could not be opened.",
  unavailable: 'This browser did not let Heartdesk open its journal (private window or storage turned off?).',
};

export class JournalOpenError extends Error {
  override readonly name = 'JournalOpenError';
  readonly messageKey: string;
  constructor(
    readonly failure: JournalOpenFailure,
    override readonly cause?: unknown,
  ) {
    super(OPEN_FAILURE_TEXT[failure]);
    this.messageKey = `journal_errorOpen_${failure.replace('-', '_')}`;
  }
}

function errorName(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;
}

/**
 * Quota errors arrive bare (DOMException 'QuotaExceededError', Dexie's
 * QuotaExceededError) or wrapped: a transaction aborted by the quota becomes
 * Dexie's AbortError with the real cause in `inner`; bulk writes give a
 * BulkError whose `failures` hold it.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  if (errorName(error) === 'QuotaExceededError') return true;
  if ((error as { code?: unknown }).code === 22) return true;
  const inner = (error as { inner?: unknown }).inner;
  if (inner && isQuotaError(inner, depth + 1)) return true;
  const failures = (error as { failures?: unknown }).failures;
  if (Array.isArray(failures)) return failures.some((failure) => isQuotaError(failure, depth + 1));
  return false;
}

/** Runs a write; a quota failure becomes JournalStorageFullError, anything else passes through unchanged. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new JournalStorageFullError(error);
    throw error;
  }
}
