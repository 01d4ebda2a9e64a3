import type { PromptPack } from '@/lib/prompts/schema';
import aboveAndBeyond from '@/lib/prompts/builtin/above-and-beyond.json';
import empathy from '@/lib/prompts/builtin/empathy.json';
import gratitude from '@/lib/prompts/builtin/gratitude.json';
import patience from '@/lib/prompts/builtin/patience.json';
import selfCare from '@/lib/prompts/builtin/self-care.json';
import solutionsNotExcuses from '@/lib/prompts/builtin/solutions-not-excuses.json';

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
