import type { JournalDatabase } from '@/lib/db/database';
import { updateWin } from '@/lib/db/wins';
import { toWin } from '@/lib/db/win-row';

/**
 * How long after saving a win from the sidebar its tags and note may be set from
 * there. The helpdesk's page is untrusted ground: a content script may only touch
 * a win it saved itself, moments ago, never browse or change the rest of the journal.
 */
export const ANNOTATE_WINDOW_MS = 60 * 60 * 1000;

export type AnnotateResult = { annotated: true } | { annotated: false; reason: 'not-found' | 'not-allowed' };

export async function annotateSidebarWin(
  db: JournalDatabase,
  change: { id: string; tags?: string[]; note?: string },
  now = Date.now(),
): Promise<AnnotateResult> {
  const row = await db.wins.get(change.id);
  if (!row) return { annotated: false, reason: 'not-found' };
  const win = toWin(row);
  if (win.source !== 'sidebar' || now - win.createdAt > ANNOTATE_WINDOW_MS || now < win.createdAt)
    return { annotated: false, reason: 'not-allowed' };
  await updateWin(db, win.id, { tags: change.tags, note: change.note }, now);
  return { annotated: true };
}
