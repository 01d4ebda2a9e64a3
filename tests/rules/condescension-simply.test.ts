import rule from '@/lib/rules/condescension-simply';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Reassurance before the steps (issue 15, drafts by another hand).
    'Don’t worry, it’s easy once you know where to look: open the app and tap Readings.',
    // A customer who is not stuck: "simply" is a plain instruction here.
    'Simply click Unsubscribe at the bottom of any of our emails.',
    { draft: 'Simply reply to this email and I’ll do the rest.', mood: { levels: { confusion: 'hint' } } },
    'Easy mistake to make, and easy to fix.',
    'The proof showed 14 June, and it’s easy for a wrong date to slip past when you’re checking so much.',
    'Our refund policy is simple: 30 days, no questions asked.',
    'Is it simple to set up? Yes: it takes about two minutes.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'The reset button is small but it’s easy to spot once you know where to look, and I’ve attached a photo.',
    // An easier way offered, even to an upset customer (issue 15).
    { draft: 'A phone photo is fine, and you can simply reply to this email with it.', mood: { upset: true } },
  ],
  invalid: [
    { draft: 'It’s very simple: use a card with 3-D Secure.', flags: ['It’s very simple'], messageId: 'easy' },
    { draft: 'It’s really not complicated.', flags: ['It’s really not complicated'], messageId: 'easy' },
    { draft: 'It’s honestly super easy.', flags: ['It’s honestly super easy'], messageId: 'easy' },
    {
      draft: 'Simply go to Account and click Cancel.',
      mood: { levels: { confusion: 'confident' } },
      flags: ['Simply go'],
      messageId: 'simply',
    },
    { draft: 'Simply tap Restore.', mood: { upset: true }, flags: ['Simply tap'], messageId: 'simply' },
    // Near miss: "simply" as an instruction, not an offer.
    { draft: 'You simply reply to this email.', mood: { upset: true }, flags: ['simply reply'], messageId: 'simply' },
    {
      draft: 'Simply click Unsubscribe at the bottom.',
      settings: { sensitivity: 'high' },
      flags: ['Simply click'],
      messageId: 'simply',
    },
  ],
});
