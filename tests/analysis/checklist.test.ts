import { describe, expect, it } from 'vitest';
import { buildChecklist } from '@/lib/analysis/checklist';
import { buildContext } from '@/lib/analysis/context';
import { DEFAULT_ENGINE_SETTINGS, type ChecklistItem } from '@/lib/engine/types';
import { moodWith, type MoodSpec } from '@/tests/rules/rule-table';
import { checklistOf } from '@/tests/analysis/checklist-helpers';

function checklist(draft: string, mood: MoodSpec = {}): Record<ChecklistItem['id'], ChecklistItem['status']> {
  return Object.fromEntries(checklistOf(draft, mood).map((item) => [item.id, item.status])) as never;
}

const LONG_WITHOUT_FEELINGS =
  'Your refund was processed on Monday. Banks take three to five working days to show it. The reference number is RF-2231. It will appear as ACME REFUND on your statement.';

describe('pre-send checklist', () => {
  it('lists the four items in a stable order', () => {
    const context = buildContext({
      draft: 'Hi',
      customerMessages: [],
      mood: moodWith(),
      settings: DEFAULT_ENGINE_SETTINGS,
      locale: 'en',
    });
    expect(buildChecklist(context, []).map((item) => item.id)).toEqual([
      'feelings',
      'can-do',
      'no-has-alternative',
      'next-step',
    ]);
  });

  describe('feelings', () => {
    it('is not needed when the customer is not upset', () => {
      expect(checklist(LONG_WITHOUT_FEELINGS).feelings).toBe('not-needed');
    });
    it('is missing when the customer is upset and a longer reply names no feeling or situation', () => {
      expect(checklist(LONG_WITHOUT_FEELINGS, { upset: true }).feelings).toBe('missing');
    });
    it('counts a canned sympathy line as missing', () => {
      expect(checklist(`I understand your frustration. ${LONG_WITHOUT_FEELINGS}`, { upset: true }).feelings).toBe(
        'missing',
      );
    });
    it('is done when the reply names their situation', () => {
      expect(checklist(`Two weeks is far too long to wait. ${LONG_WITHOUT_FEELINGS}`, { upset: true }).feelings).toBe(
        'done',
      );
    });
    // QA 2026-12-07, finding 2 (shots f-101-0, d-101-03): a curt line to a furious customer was "ready".
    it('is missing for a one-line reply to an upset customer, however short', () => {
      expect(checklist('Refunded, reference RF-2231.', { upset: true }).feelings).toBe('missing');
      expect(
        checklist('Hi Dana, please send us a photo of your bank statement so we can check the charge.', { upset: true })
          .feelings,
      ).toBe('missing');
    });
    it('is done for a one-line reply that names their situation', () => {
      expect(checklist('Sorry you had to write three times, Dana: refunded today.', { upset: true }).feelings).toBe(
        'done',
      );
    });
    // Walk 2026-12-07 #2, item 2: seeing their wait, trouble or effort is acknowledging it.
    it('is done when the agent says they see the wait, the chasing or the effort', () => {
      for (const seen of [
        'Hi, I understand how long you’ve waited.',
        'I can see this has taken far too long.',
        'That’s a lot of back and forth, and I’m sorry.',
      ])
        expect(checklist(`${seen} ${LONG_WITHOUT_FEELINGS}`, { upset: true }).feelings, seen).toBe('done');
    });
    it('stays missing for a bare "I understand." or a restated request before a "but"', () => {
      for (const near of ['I understand.', 'I understand you want a refund, but the order has shipped.'])
        expect(checklist(`${near} ${LONG_WITHOUT_FEELINGS}`, { upset: true }).feelings, near).toBe('missing');
    });
    // Walk 2026-12-07 #3, item 2: an apology that names their trouble acknowledges it; a bare one does not.
    it('is done for an apology that names their trouble, missing for a bare one', () => {
      for (const named of ['I’m so sorry the order never arrived.', 'I’m sorry you’ve been waiting.'])
        expect(checklist(`${named} ${LONG_WITHOUT_FEELINGS}`, { upset: true }).feelings, named).toBe('done');
      for (const bare of ['Sorry.', 'Sorry for any inconvenience caused.'])
        expect(checklist(`${bare} ${LONG_WITHOUT_FEELINGS}`, { upset: true }).feelings, bare).toBe('missing');
    });
    it('is not needed for a short reply to a calm customer', () => {
      expect(checklist('Refunded, reference RF-2231.').feelings).toBe('not-needed');
    });
  });

  describe('can-do', () => {
    it('is done when the reply says what we can do', () => {
      expect(checklist('I’ve refunded the fee.')['can-do']).toBe('done');
      expect(checklist('You can pause it for three months.')['can-do']).toBe('done');
    });
    it('is missing when the reply only says what we cannot do', () => {
      expect(checklist('We don’t sell individual parts.')['can-do']).toBe('missing');
    });
    it('is not needed in a thank-you exchange', () => {
      expect(checklist('That made our day.', { levels: { gratitude: 'confident' } })['can-do']).toBe('not-needed');
    });
  });

  describe('no-has-alternative', () => {
    it('is not needed without a "no"', () => {
      expect(checklist('Your order ships today.')['no-has-alternative']).toBe('not-needed');
    });
    it('is done when every "no" names an alternative, a helper or a time', () => {
      expect(checklist('We don’t deliver on Sundays, but Saturday is free.')['no-has-alternative']).toBe('done');
    });
    it('is missing when a "no" stands alone', () => {
      expect(checklist('We can’t refund sale items.')['no-has-alternative']).toBe('missing');
    });
    it('still sees a "no" when the no-alternative rule is muted (muting hides nudges, not facts)', () => {
      const items = checklistOf(
        'We can’t refund sale items.',
        {},
        {
          ...DEFAULT_ENGINE_SETTINGS,
          mutedRules: ['no-alternative'],
        },
      );
      expect(items.find((item) => item.id === 'no-has-alternative')?.status).toBe('missing');
    });
  });

  describe('next-step', () => {
    it('is done with a timed promise, a follow-up, a timed offer or an instruction', () => {
      expect(checklist('I’ll email you by Friday.')['next-step']).toBe('done');
      expect(checklist('I’ve asked the warehouse.')['next-step']).toBe('done');
      expect(checklist('Would you like me to book it for Friday?')['next-step']).toBe('done');
      expect(checklist('Open Settings and tap Export.')['next-step']).toBe('done');
    });
    it('is missing when nothing happens next', () => {
      expect(checklist('Refunds take a while.')['next-step']).toBe('missing');
      // An offer is what you can do; a next step says what happens and when (issue 15, must-have 4).
      expect(checklist('Would you like me to book it?')['next-step']).toBe('missing');
      expect(checklist('I can offer a credit on your next invoice.')['next-step']).toBe('missing');
    });
  });
});
