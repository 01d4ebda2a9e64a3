import rule from '@/lib/rules/blame-customer';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of "that's on you": the choice handed to them, and "on your" things.
    'That’s on your account now, and the refund follows today.',
    'Dinner is on us, and the choice of table is up to you.',
    // Near misses of a guess at their slip and a rule to have kept: our email doubted, a tip on its own.
    'Maybe you didn’t get my last email, so here it is again.',
    'Perhaps you haven’t had a chance to look yet; no rush.',
    'You should check your spam folder too; I’ve resent it just now.',
    // A thing after "should have" is a promise (issue 15).
    'I’ve sent the two missing items by express post today and you should have them by Wednesday.',
    // Sympathy (issue 15, drafts by another hand).
    'You’re right, and I’m sorry; you shouldn’t have to chase this.',
    'You should have received the confirmation within a few minutes, so I’m sorry it went missing.',
    'You should have been sent a reminder, and you weren’t. That is on us.',
    'We should have told you sooner, and I’m sorry.',
    'Easy mistake to make, and easy to fix: I’ve swapped the tickets.',
    'If you had any trouble with the form, reply here and I’ll fill it in with you.',
    'You didn’t get the email because it went to an old address; I’ve updated it.',
    '> You should have told me this earlier!\nYou’re right, and I’m sorry.',
    'I’m sorry, you should have walked into a clean room, and I’ve moved you to one.',
    // Near misses for the new shapes: kind guesses, the customer's good sense, our own part.
    'You must have been so worried, and the parcel is safe.',
    'You must have a receipt somewhere in your email; I’ve resent it just in case.',
    'You probably received our email about the new app, so here is the short version.',
    'You’ve clearly put a lot of care into this report.',
    'If you weren’t home, the driver leaves a card, and I’ve asked for a redelivery.',
    'Next time you order, the discount applies automatically.',
    'I’ll make sure it’s right next time.',
    'It is our responsibility to check the parts, and we missed this one.',
    'Your connection is fine on our side, so the fault is ours and I’ve sent an engineer.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'You were charged twice, and I’ve refunded one of the payments.',
    // What the customer was owed, their intent, and what was done to them (issue 15).
    'You should have been offered the window seat you booked.',
    'He should have been able to park in bay 4 that night.',
    'You should have paid £12, not £24.',
    'Since you didn’t intend to renew, the plan ends today at no cost.',
    'You weren’t billed for the second month.',
  ],
  invalid: [
    // A guess at their slip (other-hand-19) and a rule they should have kept (other-hand-4, -6).
    { draft: 'The driver knocked twice, so maybe you didn’t hear it.', flags: ['maybe you didn’t'] },
    {
      draft: 'The fee is correct, and you should really check where a site is based before you buy.',
      flags: ['you should really check'],
    },
    // Near misses: a state they should have been in, a late payment, a mistake given as the reason.
    { draft: 'You should have been prepared for the inspection.', flags: ['You should have been'] },
    { draft: 'You should have paid earlier.', flags: ['You should have paid'] },
    { draft: 'It failed since you didn’t check the box.', flags: ['since you didn’t'] },
    // Near miss: a deed after "should have" still blames.
    { draft: 'You should have checked them before Wednesday.', flags: ['You should have checked'] },
    { draft: 'You should have checked with your neighbours first.', flags: ['You should have checked'] },
    { draft: 'You failed to enter the code before paying.', flags: ['You failed to'] },
    { draft: 'You didn’t read the setup email.', flags: ['You didn’t read'] },
    { draft: 'You entered the wrong dates when you booked.', flags: ['You entered the wrong'] },
    { draft: 'If you had turned on sync, your notes would be backed up.', flags: ['If you had turned'] },
    { draft: 'That’s user error and isn’t covered.', flags: ['user error'] },
    { draft: 'That’s on your end, not ours.', flags: ['That’s on your end'] },
    { draft: 'If it’s been dropped, that’s on you.', flags: ['that’s on you'] },
    { draft: 'You probably left it in the box too long.', flags: ['You probably left'] },
    { draft: 'Please read the shipping page before ordering next time.', flags: ['before ordering next time'] },
    {
      draft: 'Please make sure to check your spam folder in future.',
      flags: ['Please make sure to check your spam folder in future'],
    },
    {
      draft: 'The app can’t delete playlists, so you must have removed it yourself.',
      flags: ['you must have removed'],
    },
    { draft: 'Your request came in late.', flags: ['Your request came in late'] },
    { draft: 'You clearly didn’t follow the guide.', flags: ['You clearly didn’t follow'] },
    { draft: 'You’re obviously sharing your account.', flags: ['You’re obviously sharing'] },
    { draft: 'You must have uploaded an old one.', flags: ['You must have uploaded'] },
    { draft: 'You probably logged in with a different account.', flags: ['You probably logged'] },
    { draft: 'Had you read them, you would have known.', flags: ['Had you read'] },
    {
      draft: 'It’s your responsibility to keep your card details up to date.',
      flags: ['It’s your responsibility'],
    },
    { draft: 'It is the policyholder’s duty to maintain the property.', flags: ['It is the policyholder’s duty'] },
    { draft: 'A credit check was done, which you consented to.', flags: ['which you consented to'] },
    { draft: 'You weren’t home when the engineer called.', flags: ['You weren’t home'] },
    { draft: 'Perhaps there was a misunderstanding on your part.', flags: ['misunderstanding on your part'] },
    { draft: 'its ur wifi, the map runs fine for everyone else', flags: ['its ur wifi'] },
    { draft: 'Next time write the full postcode.', flags: ['Next time write'] },
    { draft: 'Maybe put a better pickup pin next time.', flags: ['Maybe put a better pickup pin next time'] },
    { draft: 'u should of contacted us first', flags: ['u should of contacted'] },
    { draft: 'Your claim was late, so it’s void.', flags: ['Your claim was late'] },
    // Drafts in new phrasing (issue 15): the general shapes.
    { draft: 'You cancelled after the cut-off.', flags: ['You cancelled'] },
  ],
});
