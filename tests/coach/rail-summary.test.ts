import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { coach } from '@/lib/coach/coach';
import { freshCoaching } from '@/lib/coach/coaching-state';
import { railSummary } from '@/lib/coach/rail-summary';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { enabledPacks } from '@/lib/prompts';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/storage/settings';

const ANGRY = 'This is the third time I am writing. You charged me TWICE and nothing has arrived. Unacceptable!!';
const LET_DOWN =
  "I'm so sad and let down. I was really counting on this for my daughter's birthday and now it's ruined.";
const THANKFUL =
  'Thank you so much, Alex! The replacement arrived this morning and it works perfectly. You made my week.';
const QUESTION = 'Hi, could you tell me when the invoice for March will be sent?';
const BLAME = "Hi Dana, that's not my department. You should have ordered earlier. You'll have to wait.";
const FINISHED =
  'Hi Sam, thanks for asking. I have sent the March invoice to your email today, and you will also find it under Billing.\n\nBest,\nAlex';

function viewOf(
  customerMessages: string[],
  draft: string,
  preferences: Partial<Preferences> = {},
  coaching: Partial<ReturnType<typeof freshCoaching>> = {},
) {
  return coach({
    analysis: analyze({ draft, customerMessages, locale: 'en', settings: DEFAULT_ENGINE_SETTINGS }),
    draft,
    customerMessages,
    generation: 0,
    reading: { composerFound: true },
    preferences: { ...DEFAULT_PREFERENCES, ...preferences },
    packs: enabledPacks([], DEFAULT_PREFERENCES.enabledPromptSets),
    state: { ...freshCoaching(0), ...coaching },
    now: 1_700_000_000_000,
    draftIdleMs: 10_000,
  }).view;
}

describe('railSummary', () => {
  it('counts the cards the panel would show, not the ones the budget holds back', () => {
    const view = viewOf([ANGRY], BLAME);
    expect(view.cards.length).toBeGreaterThan(0);
    expect(view.hiddenCount).toBeGreaterThan(0);
    expect(railSummary(view).points).toBe(view.cards.length);
    expect(railSummary(view).ready).toBe(false);
  });

  it('a clean, finished reply to a calm customer: ready, nothing to count, no mark', () => {
    expect(railSummary(viewOf([QUESTION], FINISHED))).toEqual({
      points: 0,
      ready: true,
      upset: false,
      upsetBy: null,
      winToSave: false,
    });
  });

  it('marks an upset customer only from a message that was read', () => {
    expect(railSummary(viewOf([ANGRY], '')).upset).toBe(true);
    expect(railSummary(viewOf([], '')).upset).toBe(false);
  });

  it('names the stronger upset mood, so the mark can take the panel’s colour for it', () => {
    expect(railSummary(viewOf([ANGRY], '')).upsetBy).toBe('frustration');
    expect(railSummary(viewOf([LET_DOWN], '')).upsetBy).toBe('sadness');
    expect(railSummary(viewOf([QUESTION], '')).upsetBy).toBeNull();
  });

  it('quiet mode keeps the rail as quiet as the panel', () => {
    expect(railSummary(viewOf([ANGRY], BLAME, { quietMode: true }))).toEqual({
      points: 0,
      ready: false,
      upset: false,
      upsetBy: null,
      winToSave: false,
    });
  });

  it('says a thank-you waits to be saved as a win, as long as the panel offers it', () => {
    const view = viewOf([THANKFUL], '');
    expect(view.thanks?.saved).toBe(false);
    expect(railSummary(view).winToSave).toBe(true);
    expect(railSummary(view).upset).toBe(false);
    expect(railSummary(viewOf([QUESTION], '')).winToSave).toBe(false);
  });

  it('once the win is saved, or in quiet mode, no win waits on the rail', () => {
    expect(railSummary(viewOf([THANKFUL], '', {}, { winSaved: true })).winToSave).toBe(false);
    expect(railSummary(viewOf([THANKFUL], '', { quietMode: true })).winToSave).toBe(false);
  });
});
