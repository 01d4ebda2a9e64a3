import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { anchoredPatterns, matchAnchored, matchSpans } from '@/lib/rules/shared/match-spans';
import { calmContext } from '@/tests/rules/rule-table';

/**
 * Rules scan only the sentences that contain one of their anchor words (a big saving on
 * every pause in typing). That is only right if every phrase a pattern can match contains
 * an anchor: a phrase without one would silently never be found. This property test
 * generates strings from each pattern itself and checks that the anchored scan finds
 * exactly what a scan of every sentence finds.
 */
const root = resolve(import.meta.dirname, '../..');

// Run the engine over every labelled draft once, so every rule registers the patterns it uses.
for (const file of readdirSync(join(root, 'tests/fixtures/drafts')).filter((name) => name.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(root, 'tests/fixtures/drafts', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { draft, customer } = JSON.parse(line) as { draft: string; customer?: string };
    analyze({ draft, customerMessages: customer ? [customer] : [], locale: 'en', settings: DEFAULT_ENGINE_SETTINGS });
  }
}

/**
 * fast-check generates strings from a regular expression but knows neither word boundaries,
 * lookarounds nor the `i` flag: drop the zero-width parts, generate, then keep only samples
 * the real pattern matches (the comparison below always uses the real pattern).
 */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let index = 0; index < source.length; index++) {
    if (!/^\(\?<?[=!]/.test(source.slice(index, index + 4))) {
      out += source[index];
      if (source[index] === '\\') out += source[++index] ?? '';
      continue;
    }
    // Skip the whole lookaround, however deep its groups nest (escapes and classes included).
    let depth = 0;
    let inClass = false;
    for (; index < source.length; index++) {
      const char = source[index];
      if (char === '\\') index++;
      else if (inClass) inClass = char !== ']';
      else if (char === '[') inClass = true;
      else if (char === '(') depth++;
      else if (char === ')' && --depth === 0) break;
    }
  }
  return out;
}

const fits = (real: RegExp, text: string) => real.test(` ${text} `) || real.test(`${text} `) || wholeSentence(real, text);
/** A phrase the pattern matches only as a sentence of its own. */
const wholeSentence = (real: RegExp, text: string) => !real.test(` ${text} `) && !real.test(`${text} `) && real.test(text);

function generatorFor(pattern: RegExp): fc.Arbitrary<string> {
  const source = withoutLookarounds(pattern.source.replace(/\\b/g, '')).replace(/\(\?<(\w+)>/g, '(');
  const loose = new RegExp(`^(?:${source})$`, pattern.flags.includes('u') ? 'u' : '');
  const real = new RegExp(pattern.source, pattern.flags.replace(/[gyd]/g, ''));
  return (
    fc
      .tuple(fc.stringMatching(loose), fc.boolean())
      .map(([text, upper]) => (upper ? text.replace(/^./, (first) => first.toUpperCase()) : text))
      // A phrase that must follow a word (", not us" after "organiser") gets one in front, else
      // the filter below would never pass and fast-check would retry forever.
      .map((text) => (fits(real, text) ? text : `word${text}`))
      // A phrase may open its sentence (patterns that look behind for `^`), sit inside one, or be
      // the whole sentence ("That's the rule.", anchored at both ends: without this case the
      // filter never passed and fast-check retried forever).
      .filter((text) => fits(real, text))
  );
}

describe('anchored matching', () => {
  it('has patterns registered by the rules', () => {
    expect(anchoredPatterns.length).toBeGreaterThanOrEqual(10);
  });

  for (const [anchors, pattern] of anchoredPatterns) {
    it(`finds every match of /${pattern.source.slice(0, 60)}…/ through its anchors`, () => {
      fc.assert(
        fc.property(generatorFor(pattern), (phrase) => {
          const real = new RegExp(pattern.source, pattern.flags.replace(/[gyd]/g, ''));
          const draft = wholeSentence(real, phrase)
            ? `Hello there. ${phrase}${/[.!?]$/.test(phrase) ? '' : '.'} Thanks.`
            : `Hello there. ${phrase} for you. Thanks.`;
          const context = calmContext(draft);
          const everySentence = context.sentences.flatMap((sentence) =>
            matchSpans(sentence.text, pattern, sentence.start),
          );
          expect(matchAnchored(context, anchors, pattern)).toEqual(everySentence);
        }),
        { numRuns: 150 },
      );
    });
  }
});
