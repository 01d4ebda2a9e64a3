import cue from '@/lib/classify/cues/urgency-stranded';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    "It's 11am, is the shop open yet?",
    "Waited in for the engineer 8-1. It's now 4pm. No call, no text.",
    'The party finished at midnight, thanks for the music.',
    'The zip on my suitcase is stuck.',
    'I was at the airport for hours last week and nobody helped.',
    "We're in the hotel's loyalty scheme, can I add points?",
    'Is there a pharmacy at the station?',
    'The lid is stuck on the blender.',
    'The desk staff at Stansted were lovely, thank you.',
  ],
  matches: [
    { text: "My card got blocked while I'm abroad. Please, it's 11pm here.", claims: "it's 11pm" },
    { text: "Hotel reception says there is no booking and now it's midnight.", claims: "now it's midnight" },
    { text: "I'm stuck in Frankfurt, my connecting flight was cancelled.", claims: "I'm stuck" },
    { text: 'Last train cancelled, I am stranded with two kids.', claims: 'I am stranded' },
    { text: "I'm standing at reception with nowhere to stay.", claims: "I'm standing at reception" },
    { text: 'The hotel gave our room away and we have nowhere to sleep.', claims: 'nowhere to sleep' },
    { text: "I'm at the rental desk and there's a queue behind me.", claims: "I'm at the rental desk" },
    { text: 'Car broken down on the hard shoulder, who do I call?', claims: 'hard shoulder' },
    { text: "I've locked myself out of the car and the baby is inside.", claims: 'locked myself out' },
  ],
});
