import { defineCue } from '@/lib/classify/cues/cue';

/**
 * "Can anyone there help us?", "is anybody reading these?", "hello??": the customer doubts
 * anyone is listening, a complaint about being ignored (issue 15). "Anyone" carries it;
 * "can someone help me change my address?" is an ordinary request and is left alone.
 */
export default defineCue({
  id: 'anyone-there',
  pattern: new RegExp(
    [
      String.raw`\b(?:can|could|will|would|does|do|is) any(?:one|body)(?: (?:there|at (?:all|@?\w+)|out there|from @?\w+|on (?:your|the) (?:team|end)))?(?: (?:please|actually|even|ever|just|at all))* (?:help|answer|respond|reply|read|fix|sort|explain|tell|get back|pick up|call|look)\b`,
      String.raw`\b(?:is|are) (?:any|some)(?:one|body)(?: (?:actually|even|still))? (?:there|home|reading|listening|working|awake|alive)\b`,
      String.raw`\b(?:does|do|will) (?:any|some)(?:one|body)(?: (?:there|at @?\w+))? (?:actually|even|ever) \w+`,
      String.raw`\b(?:hel+o+|any(?:one|body)) ?\?{2,}`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
