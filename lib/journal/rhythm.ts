const DAY_MS = 24 * 60 * 60 * 1000;

/** Local midnight of the day holding `now`. */
export function startOfDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The last seven local days, oldest first, as [start, end) ranges. */
export function lastSevenDays(now: number): Array<{ start: number; end: number }> {
  const today = startOfDay(now);
  return Array.from({ length: 7 }, (_, index) => {
    const start = startOfDay(today - (6 - index) * DAY_MS + DAY_MS / 2);
    const end = index === 6 ? today + DAY_MS * 2 : startOfDay(start + DAY_MS + DAY_MS / 2);
    return { start, end };
  });
}
