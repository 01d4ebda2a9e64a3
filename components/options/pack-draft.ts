import { checkPack, type PackProblem } from '@/lib/prompts/parse-pack';
import { PACK_SCHEMA_VERSION, type PromptCategory, type PromptPack } from '@/lib/prompts/schema';

/** What the editor form holds: strings as typed, converted only when checked or saved. */
export interface PromptDraft {
  key: number;
  id: string;
  category: PromptCategory;
  text: string;
  triggers: string;
  weight: string;
}

export interface PackDraft {
  id: string;
  name: string;
  description: string;
  prompts: PromptDraft[];
}

let nextKey = 1;

export function blankPrompt(index: number): PromptDraft {
  return { key: nextKey++, id: `prompt-${index + 1}`, category: 'empathy', text: '', triggers: '', weight: '5' };
}

export function draftFromPack(pack: PromptPack): PackDraft {
  return {
    id: pack.id,
    name: pack.name,
    description: pack.description,
    prompts: pack.prompts.map((prompt) => ({
      key: nextKey++,
      id: prompt.id,
      category: prompt.category,
      text: prompt.text,
      triggers: prompt.triggers.join(', '),
      weight: String(prompt.weight),
    })),
  };
}

export function splitTriggers(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function candidateFromDraft(draft: PackDraft): unknown {
  return {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: draft.id.trim(),
    name: draft.name,
    description: draft.description,
    locale: 'en',
    prompts: draft.prompts.map((prompt) => ({
      id: prompt.id.trim(),
      category: prompt.category,
      text: prompt.text,
      triggers: splitTriggers(prompt.triggers),
      // An empty box is "missing", not 0 (Number('') would silently switch the prompt off).
      weight: prompt.weight.trim() === '' ? undefined : Number(prompt.weight),
    })),
  };
}

/** Problems grouped by the form field they belong to, e.g. `prompts[2].text`; list items fold into their list. */
export function problemsByField(problems: readonly PackProblem[]): Map<string, PackProblem[]> {
  const byField = new Map<string, PackProblem[]>();
  for (const problem of problems) {
    const field = problem.path.replace(/(\.triggers)\[\d+\]$/, '$1');
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return byField;
}

export function checkDraft(draft: PackDraft) {
  return checkPack(candidateFromDraft(draft));
}

/** A free id for a copy: `empathy-copy`, then `empathy-copy-2`… */
export function copyId(id: string, taken: readonly string[]): string {
  const base = `${id}-copy`.slice(0, 55);
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** A suggested id from a name: "Our Team's set!" → "our-team-s-set". */
export function slugFromName(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      // Runs are single dashes by now; `-+$` would retry every dash of a long run (issue 19).
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '')
  );
}
