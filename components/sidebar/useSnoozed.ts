import { useEffect, useState } from 'react';

/** True until `until` (epoch ms) passes; flips back by itself when the snooze ends. */
export function useSnoozed(until: number): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const remaining = until - Date.now();
    if (remaining <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(remaining + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until]);
  return until > now;
}
