import { t } from '@/lib/i18n';
import { firstJsonErrorOffset, positionAt } from '@/lib/prompts/json-error-position';
import { problemsFromIssues, type PackProblem } from '@/lib/prompts/pack-problems';
import { packSchema, type PromptPack } from '@/lib/prompts/schema';

export type { PackProblem } from '@/lib/prompts/pack-problems';

/** A pack file is a few KB; a megabyte is a mistake or an attack, refused before parsing. */
export const MAX_PACK_FILE_BYTES = 1_048_576;

export type PackResult = { ok: true; pack: PromptPack } | { ok: false; problems: PackProblem[] };

function refuse(problem: string, fix: string, path = ''): PackResult {
  return { ok: false, problems: [{ path, problem, fix }] };
}

function byteLength(text: string): number {
  // Characters never outnumber UTF-8 bytes, so a long text is refused without encoding it.
  return text.length > MAX_PACK_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** Checks an already-parsed value (the form editor hands one in) against the pack schema. */
export function checkPack(value: unknown): PackResult {
  const result = packSchema.safeParse(value);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, problems: problemsFromIssues(result.error.issues, value) };
}

/**
 * Raw file text → a valid pack, or the problems an agent can act on. Never throws:
 * every failure, including ones we did not foresee, comes back as a problem.
 */
export function parsePack(raw: string): PackResult {
  try {
    if (typeof raw !== 'string') return refuse(t('options_problemNotText'), t('options_fixNotText'));
    if (byteLength(raw) > MAX_PACK_FILE_BYTES)
      return refuse(t('options_problemFileTooBig'), t('options_fixFileTooBig'));
    const text = raw.replace(/^\uFEFF/, '');
    if (text.trim() === '') return refuse(t('options_problemFileEmpty'), t('options_fixFileEmpty'));
    let data: unknown;
    try {
      // JSON.parse keeps `__proto__` as a plain own key (never the prototype), and the strict schema refuses it.
      data = JSON.parse(text);
    } catch {
      const offset = firstJsonErrorOffset(text);
      if (offset === null) return refuse(t('options_problemNotJson'), t('options_fixNotJson'));
      const { line, column } = positionAt(text, offset);
      return refuse(t('options_problemNotJsonAt', line, column), t('options_fixNotJson'));
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      return refuse(t('options_problemNotObject'), t('options_fixNotObject'));
    return checkPack(data);
  } catch {
    return refuse(t('options_problemUnexpected'), t('options_fixGeneric'));
  }
}
