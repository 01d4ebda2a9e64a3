import rule from '@/lib/rules/excuse-system';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // The system named in a clause giving the reason, with a way forward next (issue 15).
    'It was rejected because the photo had a shadow, which the system can’t accept. You can resubmit online at no extra charge.',
    'We switched Google sign-in to a new system last night, and I have reconnected your account.',
    'Our system flagged a typo in your bank details, so I fixed it and reissued the refund.',
    'The booking system shows a free room on Friday; shall I reserve it?',
    '> the system won’t let me log in\nI’ve reset your password; the link is in your inbox.',
    // What the system holds, reported, is no refusal (issue 15).
    'Our booking system doesn’t show the seat request, so I’ve added it by hand.',
    // Our tool down, with another way through it, or said as a case (drafts by other hands).
    'Sorry, the app is down; you can still pay through online banking.',
    'If the machine is broken, pay by phone at the kiosk.',
  ],
  invalid: [
    // Near miss: the system that will not do it still refuses.
    { draft: 'Our booking system doesn’t allow seat requests.', flags: ['Our booking system doesn’t allow'] },
    // Near miss: the same reason with no way forward.
    {
      draft: 'It was rejected because the photo had a shadow, which the system can’t accept.',
      flags: ['the system can’t accept'],
    },
    { draft: 'Our system doesn’t allow address changes once an order is packed.', flags: ['Our system doesn’t allow'] },
    { draft: 'The system won’t let me extend session times.', flags: ['The system won’t let me'] },
    {
      draft: 'The late fee is applied automatically by our billing system.',
      flags: ['applied automatically by our billing system'],
    },
    { draft: 'That’s just how our system works.', flags: ['That’s just how our system works'] },
    {
      draft: 'Our system overbooks some flights automatically.',
      flags: ['Our system overbooks some flights automatically'],
    },
    { draft: 'Premiums are calculated by an algorithm.', flags: ['calculated by an algorithm'] },
    {
      draft: 'Seats are assigned by the venue’s ticketing system.',
      flags: ['assigned by the venue’s ticketing system'],
    },
    { draft: 'Sorry, the portal is down at the moment.', flags: ['portal is down'] },
  ],
});
