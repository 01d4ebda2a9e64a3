import cue from '@/lib/classify/cues/lost-item';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    // People, livelihoods and memories stay sad.
    'I lost my husband in March and need to close his account.',
    'I lost my job last week and cannot pay this month.',
    'lost all my photos moving to the new phone. 3 years of my son pictures.',
    'lost the only photos of my mum on the update.',
    "I'm a bit lost, which form do I need?",
  ],
  matches: [
    { text: "@SkyLinkAir you've lost my bag, denied my claim, and now you want a rating", claims: 'lost my bag' },
    { text: 'app crashes at checkout every single time. lost my basket 3x', claims: 'lost my basket' },
    { text: 'Lost property: black umbrella left on the 08:12 from Reading.', claims: 'Lost property' },
    { text: 'Please stop the cheque, it was lost in the post.', claims: 'lost in the post' },
  ],
});
