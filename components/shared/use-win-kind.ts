import { useState } from 'react';
import { suggestKind } from '@/lib/journal/suggest-kind';
import type { WinKind } from '@/lib/journal/win-schema';

/**
 * A new win's kind: the one the agent chose, else one suggested from their words and shown as
 * such before saving, else none (the save asks for one). Never silently "Compliment": that kind is
 * counted as praise in the week's summary (walk 2026-12-07 #7, item 5).
 */
export function useWinKind(text: string) {
  const [chosen, setChosen] = useState<WinKind | null>(null);
  const suggested = chosen ? null : suggestKind(text);
  return {
    kind: chosen ?? suggested,
    /** Set while the kind shown is only a suggestion. */
    suggested,
    choose: setChosen,
    reset: () => setChosen(null),
  };
}
