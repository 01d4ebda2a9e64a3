import type { PromptPack } from '../schema';
import aboveAndBeyond from './above-and-beyond.json';
import empathy from './empathy.json';
import gratitude from './gratitude.json';
import patience from './patience.json';
import selfCare from './self-care.json';
import solutionsNotExcuses from './solutions-not-excuses.json';

/**
 * Explicit registry of the built-in prompt sets, sorted by id. Each file is
 * validated by the same schema as an imported pack in tests
 * (tests/prompts/builtin-conventions), not at run time: parsing here would ship the
 * schema library into every helpdesk tab. Written for Heartdesk from the coaching
 * sources in shared/seeds, in our own words.
 */
export const BUILTIN_PACKS = [
  aboveAndBeyond,
  empathy,
  gratitude,
  patience,
  selfCare,
  solutionsNotExcuses,
] as unknown as readonly PromptPack[];

export const BUILTIN_PACK_IDS: readonly string[] = BUILTIN_PACKS.map((pack) => pack.id);

export function isBuiltinPackId(id: string): boolean {
  return BUILTIN_PACK_IDS.includes(id);
}
