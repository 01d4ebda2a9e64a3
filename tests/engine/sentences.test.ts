import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences, splitText } from '@/lib/engine/sentences';
import { clearTextMemos } from '@/lib/engine/text-memo';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits on end punctuation followed by space', () => {
    expect(texts('We can’t. But I can! Shall I?')).toEqual(['We can’t.', 'But I can!', 'Shall I?']);
  });

  it('does not split abbreviations, initials, decimals or URLs', () => {
    expect(texts('Dr. Reyes can approve it, e.g. by Friday. Version 8.3 is live at example.com/x.')).toEqual([
      'Dr. Reyes can approve it, e.g. by Friday.',
      'Version 8.3 is live at example.com/x.',
    ]);
  });

  it('splits on blank lines and short lines, but joins hard-wrapped mail lines', () => {
    expect(texts('Order 1234\nShipped today\n\nThanks')).toEqual(['Order 1234', 'Shipped today', 'Thanks']);
    const wrapped = 'Your parcel left the depot this morning and it should reach the local\ncourier by noon tomorrow.';
    expect(texts(wrapped)).toEqual([wrapped]);
  });

  it('splits bullet lists into items', () => {
    expect(
      texts('Steps that are easy to follow when you have the app open on your phone:\n- open Settings\n- tap Export'),
    ).toEqual([
      'Steps that are easy to follow when you have the app open on your phone:',
      '- open Settings',
      '- tap Export',
    ]);
  });

  it('gives offsets that slice back to the sentence text', () => {
    const text = '  Hello there.   Second one!\n\nThird';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('finds the sentence containing an offset', () => {
    const text = 'One. Two. Three.';
    const sentences = splitSentences(text);
    expect(sentenceIndexAt(sentences, text.indexOf('Two'))).toBe(1);
    expect(sentenceIndexAt(sentences, text.indexOf('Three') - 1)).toBe(-1);
    expect(sentenceIndexAt([], 0)).toBe(-1);
  });
});

// Pieces that exercise every branch of the splitter: ends, closers, abbreviations, initials,
// wrapped and short lines, bullets, blank lines (paragraph edges) and Windows line breaks.
const PIECES = [
  'We can',
  'not',
  ' ',
  '.',
  '!',
  '?',
  '"',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  ' Dr.',
  ' e.g.',
  ' J. Smith',
  '- ',
  '1) ',
  'this line is long enough to be a hard-wrapped line of a mail client here',
];

describe('splitSentences paragraph by paragraph', () => {
  it('gives exactly the sentences of a split from scratch, with or without remembered paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (pieces, forget) => {
        const text = pieces.join('');
        if (forget) clearTextMemos();
        expect(splitSentences(text)).toEqual(splitText(text));
      }),
      { numRuns: 3000 },
    );
  });
});
