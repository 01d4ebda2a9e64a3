/**
 * Keys of the journal's `meta` table besides `upgrade:<n>`. Present while some wins
 * have no row in `winWords` yet (after a large import or the v3 upgrade): search then
 * reads rows instead of trusting the word index, so it never misses a win.
 */
export const WORDS_PENDING_KEY = 'words:pending';

/** The last `[createdAt, id]` the background indexer finished, so a closed page resumes there. */
export const WORDS_CURSOR_KEY = 'words:after';
