import cue from '@/lib/classify/cues/hardship';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    // Money mentioned calmly, or hardship looked back on with thanks.
    'Can I pay the £40 by card instead of direct debit?',
    'Thank you for the payment holiday while I was out of work. Really helped.',
    'omg thank you for restoring my account!! I thought I had lost everything',
    "I'm so tired of chasing this.",
    'Is the hardship fund open to new customers?',
    'How would I go about volunteering at the food bank?',
    "Lol the fact that actual fans can't afford tickets is why the chants started",
    "I'm feeling low confidence about the new design, can someone review it?",
    "Anytime, don't be afraid to reach out if you're feeling down.",
    "They've usually had dementia for a good while before they become aggressive.",
    'She lost everything in her wallet when it was stolen.',
  ],
  matches: [
    { text: "Dear team, I've been out of work since the factory closed.", claims: "I've been out of work" },
    { text: "I'm struggling to keep up with the payments.", claims: "I'm struggling" },
    { text: "Since my hours were cut I just can't afford it anymore.", claims: 'hours were cut' },
    { text: 'my husband has dementia and keeps signing up for things.', claims: 'has dementia' },
    { text: 'hey just cancelling my membership, been feeling really low.', claims: 'been feeling really low' },
    { text: "I'm recently widowed and trying to find my husband's direct debits.", claims: 'recently widowed' },
    { text: 'Their dad and I have separated and I cannot manage the cost on one income.', claims: 'have separated' },
  ],
});
