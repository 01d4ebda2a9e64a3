import { t } from '@/lib/i18n';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  JOURNAL_EXPORT_FORMAT,
  JOURNAL_EXPORT_LAST_VERSION,
  MAX_BACKUP_BYTES,
  MAX_JSON_DEPTH,
  type BackupFile,
  type BackupPart,
} from '@/lib/journal/backup-format';
import { refuse, type Refused } from '@/lib/journal/backup-refusal';
import { inspectJson } from '@/lib/journal/json-guards';
import { describeJsonFailure } from '@/lib/journal/json-failure';

/**
 * Reads a backup file as a whole: size, JSON, hostile structure, which format and
 * version wrote it, and which parts it holds. Pure; parts' data is checked by
 * their own readers afterwards, and nothing is written until every part passed.
 * `knownParts` maps each part this build restores to its current version.
 */
export type ReadFile = { ok: true; file: BackupFile } | Refused;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isVersion = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

/** "Heartdesk 0.3.0" when the file says who made it; the format version otherwise. */
function maker(madeBy: unknown, version: unknown): string {
  return typeof madeBy === 'string' && madeBy.length <= 40
    ? t('backup_madeBy', madeBy)
    : t('backup_madeByFormat', String(version));
}

/** `byteLength` lets a caller with a File refuse before reading it (File.size). */
export function isTooLarge(byteLength: number): boolean {
  return byteLength > MAX_BACKUP_BYTES;
}

export const tooLarge = () => refuse('too-large', Math.round(MAX_BACKUP_BYTES / 2 ** 20));

export function readBackupFile(text: string, knownParts: ReadonlyMap<string, number>): ReadFile {
  // UTF-16 length ≤ UTF-8 bytes for every string, so this never refuses a file that fits.
  if (isTooLarge(text.length)) return tooLarge();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('empty');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const failure = describeJsonFailure(body, error);
    if (failure.kind === 'cut-short') return refuse('cut-short');
    return failure.line === undefined ? refuse('not-json') : refuse('not-json-at', failure.line);
  }
  const problem = inspectJson(data, MAX_JSON_DEPTH);
  if (problem?.kind === 'too-deep') return refuse('too-deep');
  if (problem?.kind === 'forbidden-key') return refuse('forbidden-key', problem.path);
  if (!isRecord(data)) return refuse('wrong-format');
  if (data.format === JOURNAL_EXPORT_FORMAT) return readJournalExport(data);
  if (data.format !== BACKUP_FORMAT) return refuse('wrong-format');
  const version = data.version;
  if (!isVersion(version)) return refuse('bad-version', String(version));
  if (version > BACKUP_FORMAT_VERSION) return refuse('newer-version', maker(data.madeBy, version));
  return version === 1 ? readOptionsBackup(data) : readParts(data, knownParts);
}

const exportedAtOf = (data: Record<string, unknown>) =>
  typeof data.exportedAt === 'string' ? data.exportedAt.slice(0, 64) : undefined;

function readJournalExport(data: Record<string, unknown>): ReadFile {
  const { schemaVersion, wins } = data;
  if (!isVersion(schemaVersion)) return refuse('bad-version', String(schemaVersion));
  if (schemaVersion > JOURNAL_EXPORT_LAST_VERSION) return refuse('newer-version', maker(undefined, schemaVersion));
  if (!Array.isArray(wins)) return refuse('bad-envelope', 'wins');
  return {
    ok: true,
    file: {
      writtenAs: 'journal-export',
      exportedAt: exportedAtOf(data),
      parts: new Map([['wins', { version: schemaVersion, data: wins }]]),
    },
  };
}

/** The options page's file before issue 16: wins were stored rows, version 2 of the wins part. */
function readOptionsBackup(data: Record<string, unknown>): ReadFile {
  if (!Array.isArray(data.wins)) return refuse('bad-envelope', 'wins');
  const parts = new Map<string, BackupPart>([['wins', { version: 2, data: data.wins }]]);
  if (data.preferences !== undefined) parts.set('settings', { version: 1, data: data.preferences });
  if (data.customPacks !== undefined) parts.set('customPacks', { version: 1, data: data.customPacks });
  return { ok: true, file: { writtenAs: 'backup-v1', exportedAt: exportedAtOf(data), parts } };
}

function readParts(data: Record<string, unknown>, knownParts: ReadonlyMap<string, number>): ReadFile {
  if (!isRecord(data.parts)) return refuse('bad-envelope', 'parts');
  const parts = new Map<string, BackupPart>();
  for (const [id, part] of Object.entries(data.parts)) {
    const known = knownParts.get(id);
    if (known === undefined) return refuse('unknown-part', id.slice(0, 40), maker(data.madeBy, data.version));
    if (!isRecord(part) || !isVersion(part.version) || !('data' in part)) return refuse('bad-envelope', `parts.${id}`);
    if (part.version > known) return refuse('newer-part', id, maker(data.madeBy, data.version));
    parts.set(id, { version: part.version, data: part.data });
  }
  const madeBy = typeof data.madeBy === 'string' ? data.madeBy.slice(0, 40) : undefined;
  return { ok: true, file: { writtenAs: 'backup-v2', madeBy, exportedAt: exportedAtOf(data), parts } };
}
