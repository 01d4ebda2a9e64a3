import type { Win } from '@/lib/journal/win-schema';
import { BACKUP_FORMAT } from '@/lib/journal/backup-format';

/**
 * JSON backup as a stream of text parts (one per chunk of wins), to be handed
 * to `new Blob(parts)`: bounded work per step, one win per line so a diff of
 * two backups is readable.
 */
export async function* jsonBackupParts(
  chunks: AsyncIterable<readonly Win[]>,
  schemaVersion: number,
  exportedAt: number,
): AsyncGenerator<string> {
  const header = { format: BACKUP_FORMAT, schemaVersion, exportedAt: new Date(exportedAt).toISOString() };
  yield `${JSON.stringify(header).slice(0, -1)},"wins":[`;
  let first = true;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    yield (first ? '\n' : ',\n') + chunk.map((win) => JSON.stringify(win)).join(',\n');
    first = false;
  }
  yield first ? ']}\n' : '\n]}\n';
}
