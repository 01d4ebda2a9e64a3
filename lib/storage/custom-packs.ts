import { customPacksItem, repairCustomPacks } from '@/lib/storage/custom-packs-read';
import { isBuiltinPackId } from '@/lib/prompts/builtin';
import { checkPack, type PackProblem } from '@/lib/prompts/parse-pack';
import type { PromptPack } from '@/lib/prompts/schema';
import { loadPreferences, updatePreferences } from '@/lib/storage/settings';
import { createWriteQueue } from '@/lib/storage/write-queue';

/**
 * The agent's own prompt packs. Local, not sync: a pack can be tens of KB and
 * sync allows 8 KB per item; they move between browsers by export/import.
 */
export const MAX_CUSTOM_PACKS = 50;

export {
  CUSTOM_PACKS_MIGRATIONS,
  customPacksItem,
  isUsablePack,
  loadCustomPacks,
  repairCustomPacks,
  watchCustomPacks,
} from '@/lib/storage/custom-packs-read';

export type SavePackResult =
  | { status: 'saved'; pack: PromptPack }
  /** A custom pack with this id exists: the UI asks, then saves again with `replace: true`. */
  | { status: 'conflict'; existing: PromptPack }
  | { status: 'builtin-id' }
  | { status: 'too-many' }
  | { status: 'invalid'; problems: PackProblem[] };

export interface SaveOptions {
  replace?: boolean;
  /** The id the pack had before an edit renamed it: that entry is replaced, not duplicated. */
  previousId?: string;
}

const packWrites = createWriteQueue();

export function saveCustomPack(candidate: unknown, options: SaveOptions = {}): Promise<SavePackResult> {
  return packWrites(() => savePack(candidate, options));
}

async function savePack(candidate: unknown, { replace = false, previousId }: SaveOptions): Promise<SavePackResult> {
  const checked = checkPack(candidate);
  if (!checked.ok) return { status: 'invalid', problems: checked.problems };
  const pack = checked.pack;
  if (isBuiltinPackId(pack.id)) return { status: 'builtin-id' };
  const stored = await customPacksItem.getValue();
  const entries = Array.isArray(stored) ? [...stored] : [];
  const idOf = (entry: unknown) => (entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined);
  const renamed = previousId !== undefined && previousId !== pack.id;
  const existing = repairCustomPacks(entries).find((other) => other.id === pack.id);
  if (existing && !replace && (renamed || previousId === undefined)) return { status: 'conflict', existing };
  const kept = entries.filter((entry) => idOf(entry) !== pack.id && !(renamed && idOf(entry) === previousId));
  if (kept.length >= MAX_CUSTOM_PACKS) return { status: 'too-many' };
  const position = entries.findIndex((entry) => idOf(entry) === (renamed ? previousId : pack.id));
  kept.splice(position === -1 ? kept.length : Math.min(position, kept.length), 0, pack);
  await customPacksItem.setValue(kept);
  if (renamed) await renameEnabled(previousId, pack.id);
  return { status: 'saved', pack };
}

async function renameEnabled(from: string, to: string): Promise<void> {
  if (!(await loadPreferences()).enabledPromptSets.includes(from)) return;
  await updatePreferences(({ enabledPromptSets }) => ({
    enabledPromptSets: [...new Set(enabledPromptSets.map((id) => (id === from ? to : id)))],
  }));
}

/** Removes the pack and its "enabled" mark, so no dangling id is left in preferences. */
export function deleteCustomPack(id: string): Promise<void> {
  return packWrites(() => deletePack(id));
}

async function deletePack(id: string): Promise<void> {
  const stored = await customPacksItem.getValue();
  const entries = Array.isArray(stored) ? stored : [];
  await customPacksItem.setValue(
    entries.filter((entry) => !(entry && typeof entry === 'object' && (entry as { id?: unknown }).id === id)),
  );
  if ((await loadPreferences()).enabledPromptSets.includes(id))
    await updatePreferences(({ enabledPromptSets }) => ({
      enabledPromptSets: enabledPromptSets.filter((other) => other !== id),
    }));
}
