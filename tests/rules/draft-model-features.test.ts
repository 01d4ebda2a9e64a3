import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseWords } from '@/lib/rules/shared/clause-words';
import { draftFacts, named, sentenceFeatures, sentenceShapesAt } from '@/lib/rules/shared/draft-model-features';
import { refusedClausesAt } from '@/lib/rules/shared/negated-clauses';
import { calmContext } from '@/tests/rules/rule-table';

/** The learned second opinion reads clause shapes and facts about the whole reply (issue 15). */

function shapesOf(sentence: string): number[] {
  const found: number[] = [];
  sentenceShapesAt(calmContext(sentence), 0, (hash) => found.push(hash));
  return found;
}

function factsOf(draft: string): number[] {
  const found: number[] = [];
  draftFacts(calmContext(draft), (hash) => found.push(hash));
  return found;
}

function wordFeaturesOf(text: string): number[] {
  const found: number[] = [];
  sentenceFeatures(text, (hash) => found.push(hash));
  return found;
}

describe('draft model features', () => {
  it('reads a word with its crude stem, so "refunded" and "refunds" share "refund"', () => {
    for (const word of ['refunded', 'Refunds', 'refunding']) expect(wordFeaturesOf(word)).toContain(named('refund'));
    expect(wordFeaturesOf('clearly')).toContain(named('clear'));
    // Too short to cut, a double s, a possessive: left whole.
    expect(wordFeaturesOf('was')).not.toContain(named('wa'));
    expect(wordFeaturesOf('process')).not.toContain(named('proces'));
    expect(wordFeaturesOf("it's")).not.toContain(named("it'"));
    expect(wordFeaturesOf('need')).not.toContain(named('ne'));
  });

  it('marks a refusal by us, and not good news said with a negation', () => {
    expect(shapesOf("We don't do exchanges.")).toEqual(
      expect.arrayContaining([named('shape:refused'), named('shape:refused:we'), named('shape:about-us')]),
    );
    expect(shapesOf('Refunds are not issued after 30 days.')).toContain(named('shape:refused:thing'));
    expect(shapesOf("You won't be charged for the return.")).not.toContain(named('shape:refused'));
  });

  it('marks an opening order, repetition, the customer’s own doing, a hedge, a policy and a time', () => {
    expect(shapesOf('Resubmit the form.')).toContain(named('shape:order'));
    expect(shapesOf('As mentioned twice already, it ships Monday.')).toContain(named('shape:again'));
    expect(shapesOf('You clearly entered the wrong code.')).toContain(named('shape:you-did'));
    expect(shapesOf('It might be the courier.')).toContain(named('shape:hedge'));
    expect(shapesOf('That is our policy.')).toContain(named('shape:policy'));
    expect(shapesOf("I'll call you by Friday.")).toContain(named('shape:time'));
    expect(shapesOf('Your parcel is on its way.')).toEqual([named('shape:about-you')]);
  });

  it('says whether the reply offers anything, names a time or a team, and how long it is', () => {
    expect(factsOf('No.')).toEqual([named('draft:bare'), named('draft:sentences:1')]);
    expect(factsOf('Sorry about that. I’ll check with the billing team and reply by Friday.')).toEqual([
      named('draft:offers'),
      named('draft:time'),
      named('draft:team'),
      named('draft:alternative'),
      named('draft:follow-up'),
      named('draft:sentences:2'),
    ]);
  });

  // The shapes read a sentence's refusing clauses through findRefusedClauses (only sentences with a
  // negation's anchor word) and its first word from a split cut after one word, to spare each typed
  // sentence a full clause split. The weights were fitted on refusedClausesAt and the full split:
  // every labelled draft's sentences must give those same features, in the same order.
  it('reads refusals and the first word as the full clause reading does, on every labelled draft', () => {
    const drafts = readFileSync('tests/fixtures/drafts/drafts.jsonl', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { draft: string }).draft);
    const BY_SUBJECT = Object.fromEntries(
      ['we', 'you', 'it', 'there', 'thing', 'your-thing', 'none'].map((subject) => [
        String(named(`shape:refused:${subject}`)),
        subject,
      ]),
    );
    const refusedOnly = (hash: number) => hash === named('shape:refused') || String(hash) in BY_SUBJECT;
    let refusing = 0;
    let sentences = 0;
    for (const draft of drafts) {
      const context = calmContext(draft);
      for (let index = 0; index < context.sentences.length; index++) {
        const found: number[] = [];
        sentenceShapesAt(context, index, (hash) => found.push(hash));
        const expected: number[] = [];
        for (const clause of refusedClausesAt(context, index))
          expected.push(named('shape:refused'), named(`shape:refused:${clause.subject}`));
        expect(found.filter(refusedOnly)).toEqual(expected);
        const first = clauseWords(context, index)[0]?.word;
        const about =
          first === 'we' || first === 'i' || first === 'our'
            ? named('shape:about-us')
            : first === 'you' || first === 'your'
              ? named('shape:about-you')
              : null;
        expect(found.includes(named('shape:about-us')) || found.includes(named('shape:about-you'))).toBe(
          about !== null,
        );
        if (about !== null) expect(found).toContain(about);
        refusing += expected.length > 0 ? 1 : 0;
        sentences++;
      }
    }
    // The set holds both kinds: the comparison above is not vacuous.
    expect(refusing).toBeGreaterThan(20);
    expect(sentences).toBeGreaterThan(refusing * 2);
  });
});
