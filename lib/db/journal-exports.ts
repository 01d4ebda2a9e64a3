import type { JournalDatabase } from '@/lib/db/database';
import { streamWins, type StreamOptions } from '@/lib/db/win-stream';
import { jsonBackupParts } from '@/lib/journal/export-json';
import { csvParts } from '@/lib/journal/export-csv';
import { bragDocumentParts, type BragLabels } from '@/lib/journal/export-markdown';

export interface ExportFile {
  blob: Blob;
  extension: 'json' | 'csv' | 'md';
}

/**
 * Each chunk's text becomes a Blob at once, so the JS heap holds one chunk at a
 * time; browsers keep blob data outside the heap (and page it to disk when large).
 */
async function toBlob(parts: AsyncIterable<string>, type: string): Promise<Blob> {
  const blobs: Blob[] = [];
  for await (const part of parts) blobs.push(new Blob([part]));
  return new Blob(blobs, { type });
}

export async function exportJsonBackup(
  db: JournalDatabase,
  now = Date.now(),
  options: StreamOptions = {},
): Promise<ExportFile> {
  const blob = await toBlob(jsonBackupParts(streamWins(db, options), 2, now), 'application/json');
  return { blob, extension: 'json' };
}

export async function exportCsv(db: JournalDatabase, options: StreamOptions = {}): Promise<ExportFile> {
  return { blob: await toBlob(csvParts(streamWins(db, options)), 'text/csv;charset=utf-8'), extension: 'csv' };
}

export async function exportBragDocument(
  db: JournalDatabase,
  period: { from: number; to: number },
  labels: BragLabels,
): Promise<ExportFile> {
  const blob = await toBlob(bragDocumentParts(streamWins(db, period), labels), 'text/markdown;charset=utf-8');
  return { blob, extension: 'md' };
}
