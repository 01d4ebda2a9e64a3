import { describe } from 'vitest';
import { signalTable } from '@/tests/classify/helpers';

describe('sadness: loss, illness, hardship and disappointment, often said quietly', () => {
  signalTable(
    'sadness',
    [
      // Bereavement and illness of the writer's own people.
      [
        "We had to put our dog down and I'd like to cancel his insurance. he was 14. thank you",
        'had to put our dog down',
      ],
      ['We had to leave our holiday early, mum was taken ill. You still charged us for 5 nights.', 'was taken ill'],
      // Hardship and money worry stated about the writer.
      [
        "Dear team, I've been out of work since the factory closed and I'm struggling to keep up with the payments.",
        "I've been out of work",
      ],
      [
        "my hours got cut at work and i can't afford the data plan anymore. what's the cheapest option",
        'hours got cut',
      ],
      // Disappointment after looking forward to something, feeling let down.
      [
        'I was so looking forward to this trip. First time seeing my sister in 4 years. Is there really no seat before Sunday?',
        'I was so looking forward',
      ],
      [
        'I feel really let down. I recommended you to my whole office and now I look like an idiot.',
        'I feel really let down',
      ],
    ],
    [
      // A condolence order or a funeral as a date for an errand.
      'just ordered a sympathy card for my coworker, can I get it gift wrapped?',
      'got the bereavement card and flowers order in for my friend, all sorted thanks. just checking delivery is the 9th',
      // A thing gone missing is a complaint or an errand, not a loss.
      'Lost property: black umbrella left on the 08:12 from Reading.',
      'Please stop the cheque number 000142, it was lost in the post.',
      // Money mentioned calmly.
      'Can I pay the £40 by card instead of direct debit?',
    ],
  );
});
