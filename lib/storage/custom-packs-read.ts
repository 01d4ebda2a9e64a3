import { storage } from 'wxt/utils/storage';
import { isBuiltinPackId } from '@/lib/prompts/builtin';
import {
  MAX_PROMPT_TEXT,
  MAX_PROMPTS,
  MAX_TRIGGERS,
  MAX_WEIGHT,
  PACK_SCHEMA_VERSION,
  PROMPT_CATEGORIES,
  SLUG_PATTERN,
} from '@/lib/prompts/pack-limits';
import type { PromptPack } from '@/lib/prompts/schema';

/**
 * Reading the agent's own prompt packs, for the sidebar as well as the options
 * page. Packs are validated in full (the zod schema, lib/prompts/schema.ts) when
 * they are saved; reading only checks they have the shape the coach uses, so an
 * entry a newer build or a hand edit left behind is skipped instead of crashing a
 * helpdesk tab, and the schema library stays out of the sidebar bundle.
 */
export const CUSTOM_PACKS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};

export const customPacksItem = storage.defineItem<unknown[]>('local:customPacks', {
  fallback: [],
  version: 1,
  migrations: CUSTOM_PACKS_MIGRATIONS,
});

const isSlug = (value: unknown) => typeof value === 'string' && SLUG_PATTERN.test(value);

function isUsablePrompt(value: unknown): boolean {
  const prompt = value as Record<string, unknown> | null;
  return (
    typeof prompt === 'object' &&
    prompt !== null &&
    isSlug(prompt.id) &&
    PROMPT_CATEGORIES.includes(prompt.category as (typeof PROMPT_CATEGORIES)[number]) &&
    typeof prompt.text === 'string' &&
    prompt.text.trim().length > 0 &&
    prompt.text.length <= MAX_PROMPT_TEXT &&
    Array.isArray(prompt.triggers) &&
    prompt.triggers.length > 0 &&
    prompt.triggers.length <= MAX_TRIGGERS &&
    prompt.triggers.every((trigger) => typeof trigger === 'string') &&
    typeof prompt.weight === 'number' &&
    prompt.weight >= 0 &&
    prompt.weight <= MAX_WEIGHT
  );
}

export function isUsablePack(value: unknown): value is PromptPack {
  const pack = value as Record<string, unknown> | null;
  return (
    typeof pack === 'object' &&
    pack !== null &&
    pack.schemaVersion === PACK_SCHEMA_VERSION &&
    isSlug(pack.id) &&
    typeof pack.name === 'string' &&
    Array.isArray(pack.prompts) &&
    pack.prompts.length <= MAX_PROMPTS &&
    pack.prompts.every(isUsablePrompt)
  );
}

/** Usable packs only, first of each id, never one claiming a built-in id; the rest stays in storage untouched. */
export function repairCustomPacks(stored: unknown): PromptPack[] {
  if (!Array.isArray(stored)) return [];
  const packs: PromptPack[] = [];
  for (const entry of stored) {
    if (isUsablePack(entry) && !packs.some((pack) => pack.id === entry.id) && !isBuiltinPackId(entry.id))
      packs.push(entry);
  }
  return packs;
}

export async function loadCustomPacks(): Promise<PromptPack[]> {
  return repairCustomPacks(await customPacksItem.getValue());
}

export function watchCustomPacks(callback: (packs: PromptPack[]) => void): () => void {
  return customPacksItem.watch((value) => callback(repairCustomPacks(value)));
}
