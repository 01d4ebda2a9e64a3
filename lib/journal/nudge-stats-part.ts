import { z } from 'zod';
import { t } from '@/lib/i18n';
import type { BackupPart } from '@/lib/journal/backup-format';
import { refuse, type Refused } from '@/lib/journal/backup-refusal';
import type { NudgeStatRow } from '@/lib/journal/nudge-stat-row';

export const NUDGE_STATS_PART_VERSION = 1;

const count = z.number().int().nonnegative().max(1_000_000);
const rowSchema = z.strictObject({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  ruleId: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9-]+$/),
  seen: count,
  acted: count,
  muted: count,
  helpful: count,
  notHelpful: count,
});

/** Ten years of every rule every day is far below this. */
const MAX_ROWS = 200_000;

/** The private per-day nudge counters of a backup, validated, or one reason to refuse. */
export function readNudgeStatsPart(part: BackupPart): { ok: true; rows: NudgeStatRow[] } | Refused {
  const parsed = z.array(rowSchema).max(MAX_ROWS).safeParse(part.data);
  return parsed.success ? { ok: true, rows: parsed.data } : refuse('bad-part', t('backup_part_nudgeStats'));
}
