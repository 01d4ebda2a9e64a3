import { cardsIn } from '@/lib/coach/redaction/cards';
import { forEachNumericRun } from '@/lib/coach/redaction/numeric-runs';
import { phonesIn } from '@/lib/coach/redaction/phones';
import { replaceSpans, type Replacement } from '@/lib/coach/redaction/replace-spans';

/**
 * Card numbers, then phones and other long numbers in what is left of each run of digits:
 * one pass over the runs for both, so hostile text full of digits is read once.
 */
export function redactNumbers(text: string): string {
  const spans: Replacement[] = [];
  forEachNumericRun(text, (run) => {
    let from = 0;
    for (const { first, last } of cardsIn(text, run)) {
      phonesIn(text, run, from, first, spans);
      spans.push({ start: run.groups[first]!.start, end: run.groups[last]!.end, label: '[card]' });
      from = last + 1;
    }
    phonesIn(text, run, from, run.groups.length, spans);
  });
  return replaceSpans(text, spans);
}
