import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { coach, type CoachInput } from '@/lib/coach/coach';
import { freshCoaching } from '@/lib/coach/coaching-state';
import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { enabledPacks } from '@/lib/prompts';
import { DEFAULT_PREFERENCES } from '@/lib/storage/settings';

const ANGRY = 'This is the third time I am writing. You charged me TWICE and nothing has arrived. Unacceptable!!';
const DRAFT = "Hi Dana, that's not my department. You should have ordered earlier. You'll have to wait.";

function input(overrides: Partial<CoachInput> = {}): CoachInput {
  const draft = overrides.draft ?? DRAFT;
  const customerMessages = overrides.customerMessages ?? [ANGRY];
  return {
    analysis: analyze({
      draft,
      customerMessages: [...customerMessages],
      locale: 'en',
      settings: DEFAULT_ENGINE_SETTINGS,
    }),
    draft,
    customerMessages,
    generation: 0,
    reading: { composerFound: true },
    preferences: DEFAULT_PREFERENCES,
    packs: enabledPacks([], DEFAULT_PREFERENCES.enabledPromptSets),
    state: freshCoaching(0),
    now: 1_700_000_000_000,
    draftIdleMs: 10_000,
    ...overrides,
  };
}

describe('coach', () => {
  it('is idempotent: its own state fed back changes nothing and counts nothing twice', () => {
    const first = coach(input());
    expect(first.counts.length).toBeGreaterThan(0);
    const second = coach(input({ state: first.state }));
    expect(second.view).toEqual(first.view);
    expect(second.state).toEqual(first.state);
    expect(second.counts).toEqual([]);
  });

  it('without a reply box: no cards and no check, but the mood is still read', () => {
    const { view } = coach(input({ reading: { composerFound: false } }));
    expect(view).toMatchObject({
      status: 'no-reply-box',
      cards: [],
      checklist: null,
      reading: { replyBox: 'not-yet' },
    });
    expect(view.mood.upset).toBe(true);
  });

  it('says when no customer message was read, and never offers a thank-you it could not read', () => {
    const { view } = coach(input({ customerMessages: [], reading: { composerFound: true, messagesRead: false } }));
    expect(view.reading).toEqual({ messages: 'none-found', replyBox: 'found' });
    expect(view.thanks).toBeNull();
  });

  it('quotes a thank-you on the card without the customer’s signature, as the journal will keep it', () => {
    const thanks = 'Thank you so much for sorting this out so quickly, I really appreciate your help! Priya';
    const { view } = coach(input({ customerMessages: [thanks], draft: '' }));
    expect(view.thanks?.quote).toBe(
      'Thank you so much for sorting this out so quickly, I really appreciate your help!',
    );
  });

  it('quiet until a time says the time; quiet mode says until turned off', () => {
    const until = 1_700_000_000_000 + 3_600_000;
    expect(coach(input({ preferences: { ...DEFAULT_PREFERENCES, snoozedUntil: until } })).view.quiet).toEqual({
      on: true,
      until,
    });
    expect(coach(input({ preferences: { ...DEFAULT_PREFERENCES, quietMode: true } })).view.quiet).toEqual({
      on: true,
      until: 'turned-off',
    });
  });

  describe('a point the agent may still be answering waits until they move on or pause', () => {
    const refusal = "Hi Dana, I'm sorry you were charged twice. We can't refund the second charge.";
    const problemCards = (view: { cards: { kind: string }[] }) => view.cards.filter((card) => card.kind === 'problem');

    it('shows nothing while the agent types straight on after the refusal, and is not ready either', () => {
      for (const draft of [refusal, `${refusal} What I`]) {
        const { view } = coach(input({ draft, draftIdleMs: 0 }));
        expect(problemCards(view)).toEqual([]);
        expect(view.status).toBe('writing');
      }
    });
    // A "no" is judged on the whole reply: the way forward is usually the next sentence.
    it('holds the card at a short pause with no closing line, and shows it after a long rest', () => {
      expect(problemCards(coach(input({ draft: refusal, draftIdleMs: TYPING_PAUSE_MS })).view)).toEqual([]);
      expect(problemCards(coach(input({ draft: refusal, draftIdleMs: LONG_PAUSE_MS })).view)).toHaveLength(1);
    });
    it('shows the card at a short pause once the reply closes and still offers nothing', () => {
      const draft = `${refusal} Thanks for your patience.`;
      expect(problemCards(coach(input({ draft, draftIdleMs: 0 })).view)).toEqual([]);
      expect(problemCards(coach(input({ draft, draftIdleMs: TYPING_PAUSE_MS })).view).length).toBeGreaterThan(0);
    });
    it('says nothing when the next sentence answers it', () => {
      const draft = `${refusal} What I can do is credit the full amount to your account today.`;
      const { view } = coach(input({ draft, draftIdleMs: 0 }));
      expect(problemCards(view)).toEqual([]);
    });
    it('keeps a card on screen when typing resumes, rather than making it blink', () => {
      const paused = coach(input({ draft: refusal, draftIdleMs: LONG_PAUSE_MS }));
      expect(problemCards(paused.view)).toHaveLength(1);
      const { view } = coach(input({ draft: `${refusal} Wh`, draftIdleMs: 0, state: paused.state }));
      expect(problemCards(view)).toEqual(problemCards(paused.view));
    });
  });

  it('a pasted rewrite with its blanks still empty is not ready to send, and the blanks are named', () => {
    const draft =
      "Hi Dana, I'm so sorry you were charged twice. We can't refund the second charge, but I can [what you can do instead] by [when].";
    const { view } = coach(input({ draft }));
    expect(view.status).not.toBe('ready');
    expect(view.blanks).toEqual(['[what you can do instead]', '[when]']);
  });

  it('renders hostile or huge drafts as data: a 20,000-character draft stays within the caps', () => {
    const draft = `<img src=x onerror=alert(1)> ${"We can't refund it. ".repeat(1_000)}`;
    const { view } = coach(input({ draft }));
    expect(view.cards.length).toBeLessThanOrEqual(DEFAULT_PREFERENCES.maxNudgesShown);
    expect(view.hiddenCount).toBeLessThanOrEqual(50);
  });
});
