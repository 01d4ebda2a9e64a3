import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';

/**
 * Why a backup file was not restored, always in plain words: the message of
 * `backup_refusal_<code>` in messages.json (a plural family for counted ones),
 * filled in when the refusal is made, so every page shows the same sentence.
 */
export type RefusalCode =
  | 'too-large'
  | 'empty'
  | 'cut-short'
  | 'not-json'
  | 'not-json-at'
  | 'too-deep'
  | 'forbidden-key'
  | 'wrong-format'
  | 'bad-version'
  | 'newer-version'
  | 'newer-part'
  | 'unknown-part'
  | 'bad-envelope'
  | 'bad-part'
  | 'bad-win'
  | 'conflicting-ids'
  | 'over-limit';

export interface BackupRefusal {
  code: RefusalCode;
  message: string;
}

export type Refused = { ok: false; refusal: BackupRefusal };

const keyOf = (code: RefusalCode) => `backup_refusal_${code.replace(/-/g, '_')}`;

export function refuse(code: RefusalCode, ...substitutions: Array<string | number>): Refused {
  return { ok: false, refusal: { code, message: t(keyOf(code), ...substitutions) } };
}

/** A refusal whose sentence depends on a count ($1): "1 win shares…", "3 wins share…". */
export function refuseCounted(code: RefusalCode, count: number, ...substitutions: Array<string | number>): Refused {
  return { ok: false, refusal: { code, message: tCount(keyOf(code), count, ...substitutions) } };
}
