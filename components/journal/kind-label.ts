import type { WinKind } from '../../lib/db/win-schema';
import { t } from '../../lib/i18n';

export const kindLabel = (kind: WinKind) => t(`journal_kind_${kind.replace(/-/g, '_')}`);
