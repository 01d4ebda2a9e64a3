import { t } from '@/lib/i18n';

/**
 * Messages with a count. chrome.i18n has no plural forms, so each such message is
 * a family of keys, one per CLDR category the language uses (`journal_winCount_one`,
 * `journal_winCount_other`, and `_few`, `_many`… where a translation needs them);
 * Intl.PluralRules picks the key, and the count is filled in as $1 in the agent's
 * number format (1,234). A category a translation left out falls back to `_other`.
 */

function uiLanguage(): string {
  const api = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n;
  try {
    return api?.getUILanguage?.() || globalThis.navigator?.language || 'en';
  } catch {
    // The API throws once the extension context is gone (extension reloaded under the tab).
    return 'en';
  }
}

let cached: { language: string; rules: Intl.PluralRules; numbers: Intl.NumberFormat } | undefined;

function formatters(language = uiLanguage()) {
  if (cached?.language !== language) {
    cached = { language, rules: new Intl.PluralRules(language), numbers: new Intl.NumberFormat(language) };
  }
  return cached;
}

/** The key of the family that fits `count`, e.g. `journal_winCount_one` for 1 in English. */
export function pluralKey(key: string, count: number, language?: string): string {
  return `${key}_${formatters(language).rules.select(count)}`;
}

/** A counted message: `tCount('journal_winCount', 3)` → "3 wins"; more substitutions become $2, $3… */
export function tCount(key: string, count: number, ...rest: Array<string | number>): string {
  const { numbers } = formatters();
  const formatted = numbers.format(count);
  const exact = pluralKey(key, count);
  const text = t(exact, formatted, ...rest);
  return text === exact ? t(`${key}_other`, formatted, ...rest) : text;
}

/** A number in the agent's format, for counts shown without words (chart labels, table cells). */
export function formatCount(count: number): string {
  return formatters().numbers.format(count);
}
