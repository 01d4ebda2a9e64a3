import rule from '@/lib/rules/next-step';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'I’ll look into it.',
    'Refunds usually take a while.',
    'Thanks for your patience today.',
    // An offer says what the agent can do, not what happens next (issue 15, must-have 4).
    'I can offer a credit on your next invoice.',
    'Would you like me to book it?',
    'I’m happy to refund the fee.',
    // Vague and hedged times are not times the customer can plan with.
    'We will update you soon.',
    'I’ll get back to you ASAP.',
    'I’ll email you, hopefully by Friday.',
    'I’ll email you by Friday, hopefully.',
    'It should arrive maybe tomorrow.',
    'I’ll call you probably tomorrow.',
  ],
  invalid: [
    { draft: 'I’ll check on Thursday that it has landed.', flags: ['I’ll check on Thursday that it has landed.'] },
    {
      draft: 'Sorry about that. It should arrive within 3 working days.',
      flags: ['It should arrive within 3 working days.'],
    },
    { draft: 'I’ll email you when the part arrives.', flags: ['I’ll email you when the part arrives.'] },
    { draft: 'Your parcel is due today before 6 pm.', flags: ['Your parcel is due today before 6 pm.'] },
    // Concrete times, also with a hedge elsewhere in the reply.
    { draft: 'I’ll email you by 3 pm today.', flags: ['I’ll email you by 3 pm today.'] },
    {
      draft: 'Hopefully that helps. I’ll call you tomorrow at 10 am.',
      flags: ['I’ll call you tomorrow at 10 am.'],
    },
    {
      draft: 'I can offer a credit, and we will send the replacement on Monday.',
      flags: ['I can offer a credit, and we will send the replacement on Monday.'],
    },
  ],
});
