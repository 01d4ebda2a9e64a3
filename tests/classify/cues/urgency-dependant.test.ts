import cue from '@/lib/classify/cues/urgency-dependant';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    // Told as past, or as said before: a story, not a need now.
    'never flying again. cancelled, no hotel, slept on the floor at gate B9 with a toddler',
    'big thanks for prioritising us when i said we have a newborn. fridge fixed same day',
    // A child named for what the order is, not who is waiting.
    "I'd like to return the dress I bought for my baby's birthday.",
    'Do you sell car seats suitable for a 2 year old?',
    'We have two kids and a dog, is the family plan cheaper?',
  ],
  matches: [
    { text: 'No gas for three days in December with two toddlers in the house.', claims: 'with two toddlers' },
    { text: "Our pram didn't come off the plane in Palma. We have a 7-month-old.", claims: 'We have a 7-month-old' },
    { text: "It's 1am and we have 2 small kids with us.", claims: 'we have 2 small kids' },
    {
      text: "The heater has stopped working and it's 4 degrees outside. We have a 2 year old.",
      claims: 'We have a 2 year old',
    },
  ],
});
