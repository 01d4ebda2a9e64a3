import { describe, expect, it } from 'vitest';
import { buildContext } from '@/lib/analysis/context';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
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
    const context = contextOf('Sorry for the wait, the system was down.');
    const raw = scoreFeatures(table, (emit) => sentenceFeaturesAt(context, 0, emit));
    expect([...sentenceScore(table, context, 0).sums]).toEqual([...raw.sums]);
    expect(raw.sums.some((sum) => sum > 0)).toBe(true);
  });
});
