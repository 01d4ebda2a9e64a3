import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Customers say they are lost in plain words ("I don't understand", "which one do I
 * pick?", "it makes no sense", "am I missing something?"). A nudge only: Reddit's confusion label is noisy, and
 * "how do I…" is usually a calm question.
 */
export default defineCue({
  id: 'confusion-cues',
  pattern:
    /\b(?:i'?m|i am|am|i'?m so|i'?m a bit|i'?m really) (?:confused|lost(?! for words)|puzzled|baffled)\b|\b(?:i )?(?:don'?t|do not|can'?t|cannot) (?:understand|figure out|work out|tell) (?:how|what|why|where|which|if|whether|the)\b|\b(?:doesn'?t|does not|makes no|make no) (?:make )?sense\b(?! (?:to|for (?:me|us|them) to)\b)|\bnot sure (?:how|what|why|where|which|if|whether)\b|\bwhat does (?:this|that|it)\b[^.!?\n]{0,30}\bmean\b|\bunclear\b|\b(?:am i|what am i) (?:missing|doing wrong)\b(?: something\b(?: (?:wrong|obvious|here)\b)?)?|\bam i doing something wrong\b/gi,
  effects: { confusion: 1.5 },
});
