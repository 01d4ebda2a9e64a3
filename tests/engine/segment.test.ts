import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '@/lib/engine/paragraphs';
import { findMaskedRegions, lintableText } from '@/lib/engine/segment';
import { clearTextMemos } from '@/lib/engine/text-memo';

function lintable(draft: string): string {
  return lintableText(draft, findMaskedRegions(draft));
}
/** The words a rule can still see. */
function visible(draft: string): string {
  return lintable(draft).replace(/\s+/g, ' ').trim();
}

describe('segment: what is not linted', () => {
  it('keeps the draft length and every line break, so offsets stay valid', () => {
    const draft = 'Hi Sam,\r\n\r\nWe’ve refunded it.\n\nBest,\nAlex\n\nOn Tue, Sam wrote:\n> you should have';
    const text = lintable(draft);
    expect(text.length).toBe(draft.length);
    expect([...text].filter((c) => c === '\n').length).toBe([...draft].filter((c) => c === '\n').length);
  });

  it('blanks the greeting, including one on the same line as the first sentence', () => {
    expect(visible('Hi Sam,\n\nYour order shipped.')).toBe('Your order shipped.');
    expect(visible('Hi Zoe, thanks for flagging it.')).toBe('thanks for flagging it.');
    expect(visible('Dear Mrs. Lopez,\nI have cancelled the booking.')).toBe('I have cancelled the booking.');
    expect(visible('Hey there! Good news.')).toBe('Good news.');
  });

  it('leaves a sentence that merely starts with a greeting word', () => {
    expect(visible('Hello team and welcome to the beta programme.')).toBe(
      'Hello team and welcome to the beta programme.',
    );
  });

  it('blanks quoted lines anywhere', () => {
    expect(visible('You wrote:\n> It is our policy, they said\nI am sorry they said that.')).toBe(
      'You wrote: I am sorry they said that.',
    );
  });

  it('blanks an "On … wrote:" thread, also when the header wraps onto two lines', () => {
    expect(visible('Done!\n\nOn Tue, 3 Mar 2026, Joy <joy@example.com> wrote:\nYou should have known.')).toBe('Done!');
    expect(
      visible('Done!\n\nOn Tue, 3 Mar 2026 at 10:00, Joy Smith <joy@example.com>\nwrote:\nUnfortunately we can’t.'),
    ).toBe('Done!');
    expect(visible('Done!\n-----Original Message-----\nFrom: Joy\nUnfortunately we can’t')).toBe('Done!');
  });

  it('blanks a signature after "-- " and after a closing with a short name block', () => {
    expect(visible('Refunded.\n-- \nAlex\nSupport lead, as I said')).toBe('Refunded.');
    expect(visible('Refunded.\n\nKind regards,\nAnna Berg\nAcme Support')).toBe('Refunded.');
    expect(visible('Refunded.\n\nThanks, Alex')).toBe('Refunded.');
    expect(visible('Refunded.\n\nBest,\nMarco')).toBe('Refunded.');
  });

  it('blanks a sign-off at the end of the last line, after a finished sentence, with a name or team', () => {
    expect(visible('Refunded, it shows in 5 days. Thanks, Billing Team')).toBe('Refunded, it shows in 5 days.');
    expect(visible('Hi Jo, done. Kind regards, Customer Care & Returns')).toBe('done.');
    expect(visible('It ships today. Cheers, Sam\n')).toBe('It ships today.');
  });

  it('finds the sign-off at the line’s end when an earlier "Cheers," runs on into more sentences', () => {
    // The first closing word ("Cheers, SamWe refunded it…") is no sign-off; the last one is.
    expect(visible('It ships today. Cheers, SamWe refunded it. Cheers, Sam')).toBe(
      'It ships today. Cheers, SamWe refunded it.',
    );
  });

  it('keeps a thank-you sentence at the end of a line, and a sign-off word with no name', () => {
    expect(visible('Refunded. Thanks for your patience.')).toBe('Refunded. Thanks for your patience.');
    expect(visible('Refunded. Thank you.')).toBe('Refunded. Thank you.');
    expect(visible('Thanks, Alex')).toBe('Thanks, Alex');
  });

  it('keeps "thanks" sentences that are part of the reply, not a sign-off', () => {
    expect(visible('Refunded.\nThanks for your patience')).toBe('Refunded. Thanks for your patience');
    expect(
      visible('Thanks!\nYour order ships today, and the tracking link follows by email once the courier has it.'),
    ).toContain('Your order ships today');
    expect(visible('Thanks!')).toBe('Thanks!');
  });

  it('straightens curly apostrophes and quotes without changing length', () => {
    expect(lintable('We can’t “do” that')).toBe('We can\'t "do" that');
  });
});

describe('lintableText paragraph by paragraph', () => {
  // The plain definition: blank the regions, then straighten the quotes of the whole text.
  function reference(draft: string, regions: ReturnType<typeof findMaskedRegions>): string {
    let out = '';
    let cursor = 0;
    for (const region of [...regions].sort((a, b) => a.start - b.start)) {
      if (region.start < cursor) continue;
      out += draft.slice(cursor, region.start);
      out += draft.slice(region.start, region.end).replace(/[^\n]/g, ' ');
      cursor = region.end;
    }
    out += draft.slice(cursor);
    return out.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"');
  }
  const PIECES = ['Hi Sam,', 'we can’t', ' “refund”', 'it‘s', '\n', '\n\n', '> quoted ’line’', 'Best,\nAlex', ' ok.'];

  it('is the blanked and straightened draft, with or without remembered paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.boolean(), (pieces, forget) => {
        const draft = pieces.join('');
        if (forget) clearTextMemos();
        const regions = findMaskedRegions(draft);
        expect(lintableText(draft, regions)).toBe(reference(draft, regions));
      }),
      { numRuns: 2000 },
    );
  });

  it('blanks a paragraph again when its blanks change and its text does not (the last call’s copy is not reused)', () => {
    // The quote is blanked wherever the paragraph is; "Hi Sam," only while it is the reply's first line.
    const paragraph = 'Hi Sam,\n> you said so\n\n';
    const first = `${paragraph}We can refund it.`;
    const second = `Ok, one more thing.\n\n${paragraph}We can refund it.`;
    for (const order of [
      [first, second, first, second],
      [second, first, second],
    ]) {
      clearTextMemos();
      for (const draft of order) {
        const regions = findMaskedRegions(draft);
        expect(lintableText(draft, regions)).toBe(reference(draft, regions));
      }
    }
    expect(lintableText(second, findMaskedRegions(second))).toContain('Hi Sam,');
    expect(lintableText(first, findMaskedRegions(first))).not.toContain('Hi Sam,');
  });

  it('hands the sentence splitter the paragraphs a fresh cut of the lintable text gives', () => {
    const cut = (text: string) => {
      const paragraphs: string[] = [];
      let from = 0;
      for (let gap = text.indexOf('\n\n'); gap !== -1; gap = text.indexOf('\n\n', from)) {
        paragraphs.push(text.slice(from, gap + 2));
        from = gap + 2;
      }
      return [...paragraphs, text.slice(from)];
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const lintable = lintableText(pieces.join(''), findMaskedRegions(pieces.join('')));
        expect([...paragraphsOf(lintable)]).toEqual(cut(lintable));
      }),
      { numRuns: 1000 },
    );
  });
});
