import type { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { storedQuote } from '@/lib/background/stored-quote';

export const SAVE_SELECTION_MENU_ID = 'heartdesk-save-selection';

export interface SelectionClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

/** "Save selection as a win": the selected words (redacted) and the page as the ticket link (cleaned). */
export async function saveSelectionAsWin(db: JournalDatabase, info: SelectionClick): Promise<boolean> {
  if (info.menuItemId !== SAVE_SELECTION_MENU_ID) return false;
  const { text, ticketUrl } = storedQuote(info.selectionText ?? '', info.pageUrl);
  if (!text) return false;
  await saveWin(db, { text: text.slice(0, 2_000), kind: 'thank-you', ticketUrl, source: 'context-menu' });
  return true;
}
