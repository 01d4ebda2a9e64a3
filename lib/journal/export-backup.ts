import type { Win } from '@/lib/journal/win-schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, WINS_PART_VERSION } from '@/lib/journal/backup-format';

export interface SmallPart {
  id: string;
  version: number;
  data: unknown;
}

/**
 * The backup file (lib/journal/backup-format.ts) as a stream of text parts, to
 * be handed to `new Blob(parts)`: the small parts first, then the wins one chunk
 * at a time, one win per line, so 100,000 wins never sit in one string and a
 * diff of two backups is readable.
 */
export async function* backupFileParts(
  header: { exportedAt: number; madeBy: string },
  smallParts: readonly SmallPart[],
  winChunks: AsyncIterable<readonly Win[]>,
): AsyncGenerator<string> {
  const envelope = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(header.exportedAt).toISOString(),
    madeBy: header.madeBy,
  };
  yield `${JSON.stringify(envelope).slice(0, -1)},"parts":{\n`;
  for (const part of smallParts) {
    yield `${JSON.stringify(part.id)}:${JSON.stringify({ version: part.version, data: part.data })},\n`;
  }
  yield `"wins":{"version":${WINS_PART_VERSION},"data":[`;
  let first = true;
  for await (const chunk of winChunks) {
    if (chunk.length === 0) continue;
    yield (first ? '\n' : ',\n') + chunk.map((win) => JSON.stringify(win)).join(',\n');
    first = false;
  }
  yield first ? ']}}}\n' : '\n]}}}\n';
}
