import { useState } from 'react';

/**
 * A new win's kind: the one the agent chose, else one `suggest`ed from their words
 * (lib/journal/suggest-kind.ts) and shown as
 * such before saving, else none (the save asks for one). Never silently "Compliment": that kind is
 * counted as praise in the week's summary (walk 2026-12-07 #7, item 5).
 */
export function useWinKind<Kind extends string>(text: string, suggest: (text: string) => Kind | null) {
  const [chosen, setChosen] = useState<Kind | null>(null);
  const suggested = chosen ? null : suggest(text);
  return {
    kind: chosen ?? suggested,
    /** Set while the kind shown is only a suggestion. */
    suggested,
    choose: setChosen,
    reset: () => setChosen(null),
  };
}
