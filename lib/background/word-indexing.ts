import type { JournalDatabase } from '@/lib/db/database';
import { indexPendingWords } from '@/lib/db/word-index';

/**
 * The background's one run of the word indexer at a time: started when it wakes
 * (a page closed mid-way leaves the mark set) and when a page restored many wins.
 * A second request while one runs waits for that run, which re-reads the mark.
 */
export function createWordIndexer(db: () => JournalDatabase) {
  let running: Promise<number> | undefined;
  return function run(): Promise<number> {
    running ??= indexPendingWords(db()).finally(() => {
      running = undefined;
    });
    return running;
  };
}
