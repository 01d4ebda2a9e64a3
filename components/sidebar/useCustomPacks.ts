import { useEffect, useState } from 'react';
import type { PromptPack } from '@/lib/prompts/schema';
import { loadCustomPacks, watchCustomPacks } from '@/lib/storage/custom-packs-read';

/** The agent's own prompt sets, following edits made in the options page live. */
export function useCustomPacks(): PromptPack[] {
  const [packs, setPacks] = useState<PromptPack[]>([]);
  useEffect(() => {
    let active = true;
    loadCustomPacks()
      .then((loaded) => active && setPacks(loaded))
      .catch(() => undefined);
    const unwatch = watchCustomPacks(setPacks);
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return packs;
}
