import missingBagRefund from '@/lib/classify/cues/missing-bag-refund';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(missingBagRefund, {
  nearMisses: [
    'Can I get a refund if I cancel before Friday?',
    'Refund received, thank you!',
    'How many bags can I check on this fare?',
    'Is my refund processed to the original card?',
    'My luggage arrived fine, I just need the receipt.',
  ],
  matches: [
    { text: 'You lost my bag on the flight from Madrid.', claims: 'lost my bag' },
    { text: 'Our luggage never arrived in Lisbon.', claims: 'luggage never arrived' },
    { text: 'Still no refund after three weeks.', claims: 'Still no refund' },
    { text: "The refund hasn't come through.", claims: "refund hasn't come" },
    { text: 'where is my luggage', claims: 'where is my luggage' },
    { text: 'My refund was denied for no reason.', claims: 'refund was denied' },
  ],
});
