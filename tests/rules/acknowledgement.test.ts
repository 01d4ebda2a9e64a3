import rule from '@/lib/rules/acknowledgement';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Canned lines name no situation; they are not counted as acknowledgement.
    'I understand your frustration.',
    'We apologise for any inconvenience this may have caused.',
    'Sorry for the trouble.',
    'Your refund went out today.',
    // "how" that asks or explains is not the feeling said of their situation.
    'Here is how the refund works: it is quick.',
    'I can show you how easy it is to switch plans.',
  ],
  invalid: [
    { draft: 'Two weeks is far too long, and I’m sorry.', flags: ['is far too long'] },
    { draft: 'Waiting for a meal that never comes is awful.', flags: ['is awful'] },
    { draft: 'You’re right, you were charged twice.', flags: ['You’re right'] },
    { draft: 'I’m sorry you’re locked out.', flags: ['I’m sorry you’re'] },
    { draft: 'Being thrown out every ten minutes sounds maddening.', flags: ['sounds maddening'] },
    { draft: 'You must be worn out after a whole day of this.', flags: ['You must be worn out'] },
    { draft: 'I’m sorry syncing has been so unreliable for you.', flags: ['sorry syncing has'] },
    // QA 2026-12-07: the warm reply that never read as acknowledging.
    {
      draft: 'Hi Dana, I completely understand how frustrating this is. I’ve refunded the duplicate charge.',
      flags: ['how frustrating this is'],
    },
    { draft: 'I can only imagine how stressful that must have been.', flags: ['how stressful that must have been'] },
  ],
});
