import type { z } from 'zod';
import { t } from '@/lib/i18n';
import { winSchema, type Win } from '@/lib/journal/win-schema';
import { WINS_PART_VERSION, type BackupPart } from '@/lib/journal/backup-format';
import { refuse, refuseCounted, type Refused } from '@/lib/journal/backup-refusal';

/**
 * The wins of a backup, each validated into a fresh object (zod builds new ones,
 * so nothing from the file is kept by reference), or one plain reason to refuse.
 * A win repeated word for word counts once (a file joined by hand); the same id
 * with different contents is refused, since either choice could lose words.
 */
export type ReadWins = { ok: true; wins: Win[]; repeated: number } | Refused;

/** Fields a past version stored alongside the public ones: dropped, never refused. */
const DERIVED_FIELDS = ['words'];

function upgrade(record: unknown, fromVersion: number): unknown {
  if (fromVersion >= WINS_PART_VERSION || record === null || typeof record !== 'object') return record;
  // Versions 1 and 2 differ from 3 only by fields 3 added (all optional) and derived ones.
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of DERIVED_FIELDS) delete copy[field];
  return copy;
}

const KNOWN_FIELDS = new Set(Object.keys(winSchema.shape));

/** One sentence saying what the field must be; the zod message itself is never shown. */
function ruleBroken(issue: z.core.$ZodIssue | undefined, record: unknown): string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return t('backup_rule_notWin');
  if (issue?.code === 'unrecognized_keys')
    return t('backup_rule_unknownField', String(issue.keys[0] ?? '').slice(0, 40));
  const field = String(issue?.path[0] ?? '');
  return KNOWN_FIELDS.has(field) ? t(`backup_rule_${field}`) : t('backup_rule_notWin');
}

const MAX_NAMED = 5;

export function readWinsPart(part: BackupPart): ReadWins {
  if (!Array.isArray(part.data)) return refuse('bad-part', t('backup_part_wins'));
  const wins: Win[] = [];
  const seen = new Map<string, string>();
  const conflicting = new Set<string>();
  let repeated = 0;
  for (const [index, record] of part.data.entries()) {
    const result = winSchema.safeParse(upgrade(record, part.version));
    if (!result.success) {
      const id = (record as { id?: unknown } | null)?.id;
      const named = typeof id === 'string' ? id.slice(0, 64) : '?';
      return refuse('bad-win', index + 1, named, ruleBroken(result.error.issues[0], record));
    }
    const win = result.data;
    const text = JSON.stringify(win);
    const earlier = seen.get(win.id);
    if (earlier === undefined) {
      seen.set(win.id, text);
      wins.push(win);
    } else if (earlier === text) repeated += 1;
    else conflicting.add(win.id);
  }
  if (conflicting.size > 0)
    return refuseCounted('conflicting-ids', conflicting.size, [...conflicting].slice(0, MAX_NAMED).join(', '));
  return { ok: true, wins, repeated };
}
