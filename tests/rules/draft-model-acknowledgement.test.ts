import { describe, expect, it } from 'vitest';
import { buildContext } from '@/lib/analysis/context';
import { DEFAULT_ENGINE_SETTINGS, PROBLEM_CATEGORIES } from '@/lib/engine/types';
import { onlyAcknowledges, scoreFeatures, sentenceScore, unpackDraftModel } from '@/lib/rules/shared/draft-model';
import { sentenceFeaturesAt } from '@/lib/rules/shared/draft-model-features';
import { DRAFT_MODEL } from '@/lib/rules/shared/draft-model-weights.generated';

const ACKNOWLEDGEMENTS = [
  'Sorry for the wait, Priya.',
  'I’m so sorry you had to chase us about this.',
  'That sounds really stressful, and I apologise.',
  'Thank you for your patience, and congratulations on the new home!',
  'I understand, and thanks for telling us.',
];
const SAYS_MORE = [
  'Sorry, we can’t refund it.',
  'Sorry, it’s our policy.',
  'Thanks, but you should have called us first.',
  'Sorry for the wait, the system was down.',
  'Apologies, I’ll check and reply by 3 pm.',
];

const contextOf = (draft: string) =>
  buildContext({ draft, customerMessages: [], settings: DEFAULT_ENGINE_SETTINGS, locale: 'en' } as never);

describe('a sentence that only acknowledges (draft-model.ts onlyAcknowledges)', () => {
  it.each(ACKNOWLEDGEMENTS)('"%s" only acknowledges', (text) => expect(onlyAcknowledges(text)).toBe(true));
  it.each(SAYS_MORE)('"%s" says more: a reason, a refusal, a verdict or a promise', (text) =>
    expect(onlyAcknowledges(text)).toBe(false),
  );
});

describe('the learned opinion never reads an acknowledgement as a problem (sentenceScore)', () => {
  const table = unpackDraftModel(DRAFT_MODEL);

  it.each(ACKNOWLEDGEMENTS)('"%s" pushes no category up', (text) => {
    const { sums } = sentenceScore(table, contextOf(text), 0);
    for (const sum of sums) expect(sum).toBeLessThanOrEqual(0);
  });

  it('any other sentence keeps its weights as the model gave them', () => {
    const context = contextOf('Thanks, but you should have called us first.');
    const raw = scoreFeatures(table, (emit) => sentenceFeaturesAt(context, 0, emit));
    expect([...sentenceScore(table, context, 0).sums]).toEqual([...raw.sums]);
    expect(raw.sums.some((sum) => sum > 0)).toBe(true);
  });
});

// Apologies that name what we owed them, as good replies by other hands write them (issue 15).
const APOLOGIES_OWING = [
  'I’m sorry, you should have had a reply from us by now.',
  'I’m so sorry, that must have been a real shock.',
  'Sorry, you should have been told before the price changed.',
];
const BLAME = PROBLEM_CATEGORIES.indexOf('blame');

describe('an apology with no "but" never blames (sentenceScore)', () => {
  const table = unpackDraftModel(DRAFT_MODEL);
  const raw = (text: string) => scoreFeatures(table, (emit) => sentenceFeaturesAt(contextOf(text), 0, emit)).sums;

  it.each(APOLOGIES_OWING)('"%s" pushes blame no higher than zero', (text) => {
    expect(sentenceScore(table, contextOf(text), 0).sums[BLAME]).toBeLessThanOrEqual(0);
  });

  it('the model alone would have read some of them as blame', () => {
    expect(APOLOGIES_OWING.some((text) => raw(text)[BLAME]! > 0)).toBe(true);
  });

  it('"Sorry, but you should have checked" keeps its blame weight', () => {
    const text = 'Sorry, but you should have checked the size guide.';
    expect(sentenceScore(table, contextOf(text), 0).sums[BLAME]).toBe(raw(text)[BLAME]);
  });
});

// Apologies with no hedge and no open time (issue 15, transient nudges in good replies by other hands).
const APOLOGIES_SURE = [
  'I’m sorry, four weeks is far longer than it should be.',
  'Sorry, that page makes cancelling harder than it should be.',
  'I’m so sorry, that’s a big drop in a single month.',
];
const UNCERTAINTY = PROBLEM_CATEGORIES.indexOf('uncertainty');

describe('an apology with no hedge is never unsure (sentenceScore)', () => {
  const table = unpackDraftModel(DRAFT_MODEL);
  const raw = (text: string) => scoreFeatures(table, (emit) => sentenceFeaturesAt(contextOf(text), 0, emit)).sums;

  it.each(APOLOGIES_SURE)('"%s" pushes uncertainty no higher than zero', (text) => {
    expect(sentenceScore(table, contextOf(text), 0).sums[UNCERTAINTY]).toBeLessThanOrEqual(0);
  });

  it('the model alone would have read some of them as unsure', () => {
    expect(APOLOGIES_SURE.some((text) => raw(text)[UNCERTAINTY]! > 0)).toBe(true);
  });

  it('"Sorry, we don’t know yet" keeps its uncertainty weight', () => {
    const text = 'Sorry, we don’t know yet when the part arrives.';
    expect(sentenceScore(table, contextOf(text), 0).sums[UNCERTAINTY]).toBe(raw(text)[UNCERTAINTY]);
  });
});

// Sentences that own the fault for us, as good replies by other hands explain what went wrong (issue 15).
const OWNING_THE_FAULT = [
  'Our courier should have knocked before leaving the parcel outside.',
  'That was entirely our mistake, and the charge has been reversed.',
  'We failed to pass your message on to the branch.',
  'The mix-up was on our side, not yours.',
];
const PUTTING_IT_BACK = [
  'We should have received your form by Monday.',
  'You should have read the terms before you signed.',
];

describe('a sentence that owns the fault for us never blames (sentenceScore)', () => {
  const table = unpackDraftModel(DRAFT_MODEL);
  const raw = (text: string) => scoreFeatures(table, (emit) => sentenceFeaturesAt(contextOf(text), 0, emit)).sums;

  it.each(OWNING_THE_FAULT)('"%s" pushes blame no higher than zero', (text) => {
    expect(sentenceScore(table, contextOf(text), 0).sums[BLAME]).toBeLessThanOrEqual(0);
  });

  it('the model alone would have read some of them as blame', () => {
    expect(OWNING_THE_FAULT.some((text) => raw(text)[BLAME]! > 0)).toBe(true);
  });

  it.each(PUTTING_IT_BACK)('"%s" keeps its blame weight', (text) => {
    expect(sentenceScore(table, contextOf(text), 0).sums[BLAME]).toBe(raw(text)[BLAME]);
  });
});
