import { WIN_KINDS, type Win, type WinKind } from '@/lib/journal/win-schema';
import { dayKey } from '@/lib/journal/calendar';

export interface KindCount {
  kind: WinKind;
  count: number;
}

export interface WeekSummary {
  total: number;
  /** Distinct local days with at least one win. */
  days: number;
  /** Kinds with wins, most first (product order on ties). */
  byKind: KindCount[];
  /**
   * What the week's one sentence is about: its leading kind; 'varied' when three or
   * more kinds share the lead (no one kind says what the week was); 'quiet' without wins.
   */
  theme: WinKind | 'varied' | 'quiet';
}

/**
 * A week's wins by kind, and what its one sentence should celebrate: the kind
 * the agent logged most. A week without wins is "quiet", said kindly (product.md:
 * no guilt), never as a miss.
 */
export function summariseWeek(wins: readonly Pick<Win, 'kind' | 'createdAt'>[]): WeekSummary {
  const counts = new Map<WinKind, number>();
  const days = new Set<string>();
  for (const win of wins) {
    counts.set(win.kind, (counts.get(win.kind) ?? 0) + 1);
    days.add(dayKey(win.createdAt));
  }
  const byKind = WIN_KINDS.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  }).sort((a, b) => b.count - a.count || WIN_KINDS.indexOf(a.kind) - WIN_KINDS.indexOf(b.kind));
  const leaders = byKind.filter(({ count }) => count === byKind[0]?.count).length;
  const theme = byKind.length === 0 ? 'quiet' : leaders >= 3 ? 'varied' : byKind[0]!.kind;
  return { total: wins.length, days: days.size, byKind, theme };
}
