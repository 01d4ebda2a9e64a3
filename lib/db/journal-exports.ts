import type { JournalDatabase } from './database';
import { SCHEMA_VERSION } from './schema-version';
import { streamWins, type StreamOptions } from './win-stream';
import { jsonBackupParts } from '../journal/export-json';
import { csvParts } from '../journal/export-csv';
import { bragDocumentParts, type BragLabels } from '../journal/export-markdown';

export interface ExportFile {
  /** Text parts for `new Blob(parts, { type })`: the journal is never one giant string. */
  parts: string[];
  type: string;
  extension: 'json' | 'csv' | 'md';
}

async function collect(parts: AsyncIterable<string>): Promise<string[]> {
  const collected: string[] = [];
  for await (const part of parts) collected.push(part);
  return collected;
}

export async function exportJsonBackup(
  db: JournalDatabase,
  now = Date.now(),
  options: StreamOptions = {},
): Promise<ExportFile> {
  const parts = await collect(jsonBackupParts(streamWins(db, options), SCHEMA_VERSION, now));
  return { parts, type: 'application/json', extension: 'json' };
}

export async function exportCsv(db: JournalDatabase, options: StreamOptions = {}): Promise<ExportFile> {
  return { parts: await collect(csvParts(streamWins(db, options))), type: 'text/csv;charset=utf-8', extension: 'csv' };
}

export async function exportBragDocument(
  db: JournalDatabase,
  period: { from: number; to: number },
  labels: BragLabels,
): Promise<ExportFile> {
  const parts = await collect(bragDocumentParts(streamWins(db, period), labels));
  return { parts, type: 'text/markdown;charset=utf-8', extension: 'md' };
}
