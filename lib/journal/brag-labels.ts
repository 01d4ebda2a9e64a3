import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { kindLabel } from '@/lib/journal/kind-label';
import type { BragLabels } from '@/lib/journal/brag-document';

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const itemDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The brag document's words in the agent's language, for a period and its number of wins. */
export function bragLabels(from: number, to: number, total: number): BragLabels {
  return {
    title: t('brag_title'),
    period: t('brag_period', longDate.format(from), longDate.format(to)),
    total: tCount('journal_winCount', total),
    section: (kind, count) => t('brag_section', kindLabel(kind), tCount('journal_winCount', count)),
    ticket: t('brag_ticket'),
    note: t('brag_note'),
    tags: t('brag_tags'),
    empty: t('brag_empty'),
    formatDate: (ms) => itemDate.format(ms),
  };
}
