import rule from '@/lib/rules/excuse-busy';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'Thanks for waiting, and sorry it took two days. Your refund went out this morning.',
    'We’re never too busy for a question like this. Here is how to export your data.',
    'Busy week? No rush: the offer is valid until the end of the month.',
    // Near misses: the customer's busy day, or a backlog that is already over.
    'I know you’re busy, so I’ve done the form for you.',
    'The backlog has cleared and your order ships today.',
    'Thousands of customers use this feature, and here is the quickest way in.',
    'Is the branch short-staffed today? I’ll ask the manager and call you by 3 pm.',
    // The busy line only prefaces what the agent has already done, and when it happens.
    'Sorry for the wait, the clinic is very busy. I’ve booked you in with Dr Lee on Thursday at 4 pm.',
    'Our painters are fully booked in May, but they can fit you in on 3 June if that suits.',
    'Apologies, our lines have been very busy. Nobody picked up your call, I know. I’ve asked for a callback tomorrow morning.',
    // People away or the season beside a step with a day (drafts by other hands).
    'The doctor was off sick. I’ve booked you with Dr Patel on Monday at 9:20.',
    'Sorry, the plumber was off sick; I’ve rebooked it for Wednesday the 12th.',
  ],
  invalid: [
    { draft: 'We are very busy this week and short-staffed.', flags: ['We are very busy'] },
    {
      draft: 'We are experiencing a high volume of calls, so wait times are longer.',
      flags: ['experiencing a high volume'],
    },
    { draft: 'Delays are to be expected this time of year.', flags: ['Delays are to be expected'] },
    { draft: 'Our team is swamped, so please bear with us.', flags: ['Our team is swamped'] },
    { draft: 'The team has been really busy.', flags: ['The team has been really busy'] },
    { draft: 'Our engineers are extremely busy this winter.', flags: ['Our engineers are extremely busy'] },
    { draft: 'We’re experiencing high call volumes.', flags: ['experiencing high call volumes'] },
    { draft: 'They are very behind at the moment.', flags: ['They are very behind'] },
    { draft: 'The manufacturer is dealing with a backlog.', flags: ['dealing with a backlog'] },
    { draft: 'The finance team handles thousands a week.', flags: ['handles thousands a week'] },
    { draft: 'Our surveyors are fully booked.', flags: ['Our surveyors are fully booked'] },
    { draft: 'Housekeeping were short-staffed that weekend due to illness.', flags: ['were short-staffed'] },
    { draft: 'Honestly we’ve been slammed since Black Friday.', flags: ['we’ve been slammed'] },
    // A step with no day or time, or a day inside the excuse itself, still leaves the excuse as the answer.
    {
      draft: 'The stores team was short-staffed last week. I’ve passed your details on.',
      flags: ['was short-staffed'],
    },
    {
      draft:
        'Our plumbers are fully booked today because of the frost. We’ll try to get someone out, but I can’t say when.',
      flags: ['Our plumbers are fully booked'],
    },
    // People away or the season as the reason, and nothing set with a day.
    {
      draft: 'Sorry, two chefs called in sick and the kitchen was slammed.',
      flags: ['called in sick', 'kitchen was slammed'],
    },
    { draft: 'Friday nights are mad for us. I’ll pass your comments on.', flags: ['Friday nights are mad'] },
  ],
});
