import type { WinKind } from '@/lib/journal/win-schema';
import { t } from '@/lib/i18n';

/** A win kind as the agent reads it, the same on every page. */
export const kindLabel = (kind: WinKind) => t(`kind_${kind.replace(/-/g, '_')}`);
