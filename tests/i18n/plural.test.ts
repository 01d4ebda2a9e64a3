import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { formatCount, pluralKey, tCount } from '@/lib/i18n/plural';
import { setFallbackMessages } from '@/lib/i18n';

const MESSAGES = messages as Record<string, { message: string }>;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

describe('tCount', () => {
  it('picks the plural form by Intl.PluralRules and formats the count', () => {
    expect(tCount('journal_winCount', 1)).toBe('1 win');
    expect(tCount('journal_winCount', 0)).toBe('0 wins');
    expect(tCount('journal_winCount', 100_000)).toBe('100,000 wins');
    expect(tCount('journal_deleted', 1)).toBe('1 win deleted.');
    expect(tCount('journal_deleted', 2)).toBe('2 wins deleted.');
  });

  it('uses the language’s own categories, falling back to “other” where a translation has no such form', () => {
    expect(pluralKey('journal_winCount', 3, 'pl')).toBe('journal_winCount_few');
    expect(pluralKey('journal_winCount', 5, 'pl')).toBe('journal_winCount_many');
    expect(pluralKey('journal_winCount', 1, 'ja')).toBe('journal_winCount_other');
    setFallbackMessages({ test_count_other: { message: '$1 things, $2' } });
    expect(tCount('test_count', 1, 'kept')).toBe('1 things, kept');
    setFallbackMessages(messages);
  });

  it('formats plain numbers the same way', () => {
    expect(formatCount(12_345)).toBe('12,345');
  });
});

describe('messages with a count', () => {
  it('every plural family has the “one” and “other” forms English needs', () => {
    const families = new Set(
      Object.keys(MESSAGES)
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    expect(families.size).toBeGreaterThan(20);
    for (const family of families) {
      expect(MESSAGES[`${family}_one`], family).toBeDefined();
      expect(MESSAGES[`${family}_other`], family).toBeDefined();
    }
  });

  it('no message of the journal, popup, backup, thanks or reminder counts a noun without a plural family', () => {
    const counted = /\$\d+ (wins?|days?|weeks?|ids?|problems?|sets?|sites?|times|things|settings|tickets?)\b/;
    const offenders = Object.entries(MESSAGES)
      .filter(([key]) => /^(journal|popup|backup|brag|thanks|reminder)_/.test(key) && !PLURAL_SUFFIX.test(key))
      .filter(([, { message }]) => counted.test(message))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(offenders).toEqual([]);
  });

  it('the issue’s examples now read well', () => {
    expect(tCount('journal_winCount', 1)).not.toMatch(/1 wins/);
    expect(tCount('backup_refusal_conflicting_ids', 1, 'abc')).toMatch(/^1 id in the file belongs/);
  });
});
