import type { JournalDatabase } from '@/lib/db/database';
import { partsToBlob } from '@/lib/journal/blob-parts';
import { streamWins, type StreamOptions } from '@/lib/db/win-stream';
import { csvParts } from '@/lib/journal/export-csv';

export interface ExportFile {
  blob: Blob;
  extension: 'csv';
}

export async function exportCsv(db: JournalDatabase, options: StreamOptions = {}): Promise<ExportFile> {
  return { blob: await partsToBlob(csvParts(streamWins(db, options)), 'text/csv;charset=utf-8'), extension: 'csv' };
}
