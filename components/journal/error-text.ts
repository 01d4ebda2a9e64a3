import { t } from '../../lib/i18n';

/** Our typed errors carry an i18n key; anything else gets one honest generic sentence. */
export function messageOf(error: unknown): string {
  const key = (error as { messageKey?: unknown } | null)?.messageKey;
  return typeof key === 'string' ? t(key) : t('journal_errorGeneric');
}
