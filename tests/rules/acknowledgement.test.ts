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
    // Walk 2026-12-07 #2, item 2, near misses. A bare "I understand." names nothing of theirs, even
    // (especially) right after a refusal: it reads as closing the subject, not as seeing them.
    "We can't refund the second charge. I understand.",
    // Restating the request before a "but" names what they want, not what they went through.
    'I understand you want a refund, but the order has shipped.',
    // Knowing, seeing or understanding something that is not their situation.
    'I know how to fix this.',
    'I understand how the billing cycle works.',
    'I can see your order in our system.',
    'I know how long the refund takes: five working days.',
    'I see you’ve ordered the blue one.',
    "That's a lot of questions, so here are the answers.",
    // Walk 2026-12-07 #3, item 2, near misses: an apology that names nothing of theirs, or that
    // comes before a "no", is not seeing their trouble.
    'Sorry.',
    'Sorry for any inconvenience caused.',
    'So sorry for the inconvenience.',
    "Sorry, we can't refund the second charge.",
    "Sorry the policy doesn't allow refunds after 30 days.",
    "I'm sorry the refund can't be processed.",
    "Sorry it won't be possible this time.",
    'Sorry the policy still applies to sale items.',
    // qa6: the canned line with "about", and a "no" said with an apology.
    "I'm sorry about the inconvenience.",
    "I'm sorry the refund is not possible.",
    "I'm so sorry the order is not refundable.",
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
    // Walk 2026-12-07 #2, item 2: the wait, the trouble or the effort seen in the agent's own words.
    { draft: 'Hi, I understand how long you’ve waited.', flags: ['I understand how long you’ve waited'] },
    { draft: 'I know how long you’ve waited for this.', flags: ['I know how long you’ve waited'] },
    { draft: 'I know how long you have been waiting.', flags: ['I know how long you have been waiting'] },
    { draft: 'I can see this has taken far too long.', flags: ['I can see this has taken far too long'] },
    { draft: 'That’s a lot of back and forth, and I’m sorry.', flags: ['That’s a lot of back and forth'] },
    { draft: 'I see you’ve had to chase us three times.', flags: ['I see you’ve had to chase'] },
    { draft: 'I know how many times you’ve had to write in.', flags: ['I know how many times you’ve'] },
    { draft: 'I appreciate how patient you’ve been.', flags: ['I appreciate how patient you’ve been'] },
    { draft: 'This has taken far too long.', flags: ['has taken far too long'] },
    // Seeing their wait still counts before a refusal; the refusal gets its own nudge.
    { draft: 'I know you’ve waited two weeks, but we can’t refund it.', flags: ['I know you’ve waited'] },
    // Walk 2026-12-07 #3, item 2: an apology that names the customer's trouble acknowledges it.
    { draft: 'I’m so sorry the order never arrived.', flags: ['sorry the order never arrived'] },
    { draft: 'I’m sorry you’ve been waiting.', flags: ['I’m sorry you’ve'] },
    { draft: 'So sorry the parcel was damaged.', flags: ['sorry the parcel was'] },
    {
      draft: 'Sorry your parcel arrived damaged, a new one is on its way.',
      flags: ['Sorry your parcel arrived damaged'],
    },
    { draft: 'I’m really sorry the app keeps crashing on you.', flags: ['sorry the app keeps crashing'] },
    { draft: 'Sorry it never turned up.', flags: ['Sorry it never turned'] },
    { draft: 'Sorry our courier never came.', flags: ['Sorry our courier never came'] },
    { draft: 'So sorry the refund still hasn’t reached you.', flags: ['sorry the refund still hasn’t reached'] },
  ],
});
