import { useEffect, useMemo, useRef, useState } from 'react';
import { classifyMood } from '@/lib/classify';
import { isHardConversation, replyWasSent, resetCardAllowed } from '@/lib/coach/hard-conversation';
import type { Mood } from '@/lib/engine/types';
import { lastResetCardItem } from '@/lib/storage/settings';

/**
 * Whether to offer the reset card: only after the reply of a hard conversation
 * was sent (never while the agent is writing), at most once an hour, and only
 * when self-care is switched on.
 */
export function useResetCard(
  customerMessages: string[],
  draft: string,
  mood: Mood,
  generation: number,
  enabled: boolean,
) {
  const [offered, setOffered] = useState<number>();
  const previous = useRef({ draft, generation });
  const perMessageUpset = useMemo(
    () => customerMessages.map((message) => classifyMood([message]).upset),
    [customerMessages],
  );
  const hard = isHardConversation(perMessageUpset, mood);

  useEffect(() => {
    // Opening another ticket also empties the draft; only an empty draft on the same ticket means "sent".
    const sent = previous.current.generation === generation && replyWasSent(previous.current.draft, draft);
    previous.current = { draft, generation };
    if (!sent || !hard || !enabled) return;
    let cancelled = false;
    void lastResetCardItem.getValue().then((last) => {
      const now = Date.now();
      if (cancelled || !resetCardAllowed(last || undefined, now)) return;
      setOffered(generation);
      void lastResetCardItem.setValue(now);
    });
    return () => {
      cancelled = true;
    };
  }, [draft, hard, enabled, generation]);

  return { show: offered === generation, close: () => setOffered(undefined) };
}
