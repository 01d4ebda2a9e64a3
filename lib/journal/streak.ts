/**
 * A forgiving weekly rhythm ("never miss twice", product.md and issue 6: no
 * guilt, because streaks that punish one bad week make people quit): one empty week inside a run is forgiven when
 * the week after it has a win; only two empty weeks in a row end the run. The
 * current week is still open, so an empty current week never counts as missed.
 */
export interface WeeklyStreak {
  /** Weeks with at least one win in the current run. */
  weeks: number;
  /** Empty weeks inside the run that were forgiven. */
  forgiven: number;
  /**
   * 'going': the run is alive. 'at-risk': last week was empty, so a win this
   * week keeps it (said kindly, never as a warning). 'none': no run yet.
   */
  status: 'going' | 'at-risk' | 'none';
}

/** `counts` are wins per week, oldest first, the last entry being the current week. */
export function forgivingStreak(counts: readonly number[]): WeeklyStreak {
  const last = counts.length - 1;
  const countAt = (index: number) => counts[index] ?? 0;
  let weeks = 0;
  let forgiven = 0;
  let atRisk = false;
  let index = countAt(last) > 0 ? last : last - 1;
  while (index >= 0) {
    if (countAt(index) > 0) {
      weeks += 1;
    } else {
      if (countAt(index - 1) === 0) break;
      const forgivenByOpenWeek = index + 1 === last && countAt(last) === 0;
      if (forgivenByOpenWeek) atRisk = true;
      else forgiven += 1;
    }
    index -= 1;
  }
  if (weeks === 0) return { weeks: 0, forgiven: 0, status: 'none' };
  return { weeks, forgiven, status: atRisk ? 'at-risk' : 'going' };
}
