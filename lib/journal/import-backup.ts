import { z } from 'zod';
import { winSchema, type Win } from '@/lib/journal/win-schema';
import { BACKUP_FORMAT, BACKUP_UPGRADES, MAX_BACKUP_BYTES, MAX_JSON_DEPTH } from '@/lib/journal/backup-format';
import { inspectJson } from '@/lib/journal/json-guards';

/**
 * Reads a JSON backup completely and either returns every win, validated into
 * fresh objects, or refuses with one specific reason. Nothing here touches the
 * database: the whole file is judged before the single write transaction.
 */

export type RefusalCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'wrong-format'
  | 'bad-version'
  | 'newer-version'
  | 'bad-envelope'
  | 'bad-record'
  | 'duplicate-ids';

export interface ImportRefusal {
  code: RefusalCode;
  /** i18n key `journal_refusal_<code>`; substitutions fill its $1, $2… */
  messageKey: string;
  substitutions: string[];
  /** For bad-record: 0-based index of the first bad win, and the field path inside it. */
  index?: number;
  field?: string;
}

export type ParsedBackup =
  | { ok: true; wins: Win[]; schemaVersion: number; exportedAt: string | undefined }
  | { ok: false; refusal: ImportRefusal };

function refuse(code: RefusalCode, substitutions: Array<string | number> = [], extra: Partial<ImportRefusal> = {}) {
  const refusal: ImportRefusal = {
    code,
    messageKey: `journal_refusal_${code.replace(/-/g, '_')}`,
    substitutions: substitutions.map(String),
    ...extra,
  };
  return { ok: false as const, refusal };
}

const envelopeSchema = z.strictObject({
  format: z.string(),
  schemaVersion: z.number(),
  exportedAt: z.string().max(64).optional(),
  wins: z.array(z.unknown()),
});

const MAX_NAMED_DUPLICATES = 5;

/** The last `schemaVersion` a `heartdesk-journal` file was written with. */
const JOURNAL_FILE_VERSION = 2;

/** `byteLength` lets a caller with a File refuse before reading it (File.size). */
export function isTooLarge(byteLength: number): boolean {
  return byteLength > MAX_BACKUP_BYTES;
}

export function parseBackup(text: string): ParsedBackup {
  // UTF-16 length ≤ UTF-8 bytes for every string, so this never refuses a file that fits.
  if (isTooLarge(text.length)) return refuse('too-large', [Math.round(MAX_BACKUP_BYTES / 1024 / 1024)]);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('empty');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // An engine whose JSON.parse recurses can run out of stack on hostile nesting.
    if (error instanceof RangeError) return refuse('too-deep');
    return refuse('not-json', [error instanceof Error ? error.message : String(error)]);
  }
  const problem = inspectJson(data, MAX_JSON_DEPTH);
  if (problem?.kind === 'too-deep') return refuse('too-deep');
  if (problem?.kind === 'forbidden-key') return refuse('forbidden-key', [problem.path]);
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) {
    const format = (data as { format?: unknown } | null)?.format;
    if (format !== BACKUP_FORMAT) return refuse('wrong-format');
    const issue = envelope.error?.issues[0];
    return refuse('bad-envelope', [issue?.path.join('.') || '(top level)', issue?.message ?? '']);
  }
  const { schemaVersion, wins: records, exportedAt } = envelope.data;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) return refuse('bad-version', [String(schemaVersion)]);
  if (schemaVersion > JOURNAL_FILE_VERSION) return refuse('newer-version', [schemaVersion, JOURNAL_FILE_VERSION]);
  return validateRecords(records, schemaVersion, exportedAt);
}

function upgradeRecord(record: unknown, fromVersion: number): unknown {
  let current = record;
  for (let version = fromVersion + 1; version <= JOURNAL_FILE_VERSION; version += 1) {
    const upgrade = BACKUP_UPGRADES[version];
    if (upgrade) current = upgrade(current);
  }
  return current;
}

function validateRecords(records: unknown[], schemaVersion: number, exportedAt: string | undefined): ParsedBackup {
  const wins: Win[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const [index, record] of records.entries()) {
    const result = winSchema.safeParse(upgradeRecord(record, schemaVersion));
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
      const id = (record as { id?: unknown } | null)?.id;
      return refuse(
        'bad-record',
        [index + 1, typeof id === 'string' ? id.slice(0, 64) : '?', field || '(whole win)', issue?.message ?? ''],
        { index, field },
      );
    }
    if (seen.has(result.data.id)) duplicates.add(result.data.id);
    seen.add(result.data.id);
    wins.push(result.data);
  }
  if (duplicates.size > 0) {
    const named = [...duplicates].slice(0, MAX_NAMED_DUPLICATES).join(', ');
    return refuse('duplicate-ids', [duplicates.size, named]);
  }
  return { ok: true, wins, schemaVersion, exportedAt };
}
