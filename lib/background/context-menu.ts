import type { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { redactQuote } from '@/lib/coach/redact';

export const SAVE_SELECTION_MENU_ID = 'heartdesk-save-selection';

export interface SelectionClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

/** "Save selection as a win": the selected words (redacted) and the page as the ticket link. */
export async function saveSelectionAsWin(db: JournalDatabase, info: SelectionClick): Promise<boolean> {
  if (info.menuItemId !== SAVE_SELECTION_MENU_ID) return false;
  const text = redactQuote(info.selectionText ?? '').slice(0, 2_000);
  if (!text) return false;
  const ticketUrl = info.pageUrl && /^https?:/.test(info.pageUrl) ? info.pageUrl : undefined;
  await saveWin(db, { text, kind: 'thank-you', ticketUrl, source: 'context-menu' });
  return true;
}
