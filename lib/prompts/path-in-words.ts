import { t } from '@/lib/i18n';

/**
 * Where in a prompt set a problem sits, said in words (QA, 2026-12-07: agents saw
 * `prompts[0].text` and `schemaVersion`). The path keeps its code form for the editor,
 * which maps it to a field; only what the agent reads is translated here.
 */
const SET_FIELDS = new Set(['schemaVersion', 'id', 'name', 'description', 'locale', 'prompts']);
const PROMPT_FIELDS = new Set(['id', 'category', 'text', 'triggers', 'weight']);

type Segment = string | number;

function segmentsOf(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    segments.push(index !== undefined ? Number(index) : (name ?? ''));
  return segments;
}

/** "The words of prompt 2", "The set's name"; undefined for the file as a whole (its message names the file). */
export function pathInWords(path: string): string | undefined {
  const segments = segmentsOf(path);
  if (segments.length === 0) return undefined;
  const [first, promptIndex, field, itemIndex] = segments;
  if (segments.length === 1 && typeof first === 'string')
    return SET_FIELDS.has(first) ? t(`options_where_${first}`) : t('options_whereUnknownInSet', first);
  if (first !== 'prompts' || typeof promptIndex !== 'number') return t('options_whereSomewhere');
  const number = promptIndex + 1;
  if (field === undefined) return t('options_wherePrompt', number);
  if (typeof field !== 'string') return t('options_whereSomewhere');
  if (!PROMPT_FIELDS.has(field)) return t('options_whereUnknownInPrompt', field, number);
  if (field === 'triggers' && typeof itemIndex === 'number')
    return t('options_wherePromptTrigger', number, itemIndex + 1);
  return t(`options_wherePrompt_${field}`, number);
}
