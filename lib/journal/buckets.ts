/**
 * Counts times into consecutive buckets [starts[i], starts[i+1]) with the last
 * bucket ending at `end` (exclusive). Binary search per time: no Date work per
 * win, so 100,000 wins bucket in milliseconds.
 */
export function countIntoBuckets(times: readonly number[], starts: readonly number[], end: number): number[] {
  const counts = starts.map(() => 0);
  const first = starts[0];
  if (first === undefined) return counts;
  for (const time of times) {
    if (time < first || time >= end) continue;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? Infinity) <= time) low = middle;
      else high = middle - 1;
    }
    counts[low] = (counts[low] ?? 0) + 1;
  }
  return counts;
}
