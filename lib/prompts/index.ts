import { BUILTIN_PACKS } from '@/lib/prompts/builtin';
import type { PromptPack } from '@/lib/prompts/schema';

/**
 * All packs an agent can choose from: built-ins first, then their own. A custom
 * pack can never take a built-in id (storage refuses it), so ids stay unique.
 */
export function availablePacks(customPacks: readonly PromptPack[]): PromptPack[] {
  return [...BUILTIN_PACKS, ...customPacks];
}

/** The enabled packs in the order the agent sees them listed. */
export function enabledPacks(customPacks: readonly PromptPack[], enabledIds: readonly string[]): PromptPack[] {
  return availablePacks(customPacks).filter((pack) => enabledIds.includes(pack.id));
}
