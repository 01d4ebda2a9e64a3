/**
 * The day a week starts on where the agent lives, as Date#getDay() counts (0 = Sunday,
 * 1 = Monday, 6 = Saturday). "This week" means the calendar week people plan by: Sunday to
 * Saturday in the US, Monday to Sunday in most of Europe (QA 2026-12-07: the popup's "this week"
 * was the last seven days while the journal's was Monday to Sunday).
 */

/** Regions whose week does not start on Monday, from CLDR's weekData (supplemental/weekData.json). */
const SUNDAY_REGIONS = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_REGIONS = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
  maximize(): Intl.Locale;
}

function defaultLocale(): string {
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

export function firstDayOfWeek(locale: string = defaultLocale()): number {
  try {
    const parsed = new Intl.Locale(locale) as unknown as WeekInfoLocale;
    // Chromium answers from CLDR itself (getWeekInfo, or the older weekInfo getter); 1–7, Monday first.
    const info = parsed.getWeekInfo?.() ?? parsed.weekInfo;
    if (info) return info.firstDay % 7;
    // Browsers without week data (Firefox ESR): the same CLDR answer for the region.
    const region = parsed.maximize().region ?? '';
    if (SUNDAY_REGIONS.has(region)) return 0;
    if (SATURDAY_REGIONS.has(region)) return 6;
  } catch {
    // A locale tag Intl refuses: ISO 8601's Monday.
  }
  return 1;
}
