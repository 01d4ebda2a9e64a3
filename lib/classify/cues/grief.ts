import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Bereavement and serious loss, which support customers often mention in passing
 * ("my husband passed away, please close his account"); an agent must not miss it.
 */
export default defineCue({
  id: 'grief',
  pattern:
    /\b(?:passed away|passed on|died|has died|funeral|bereave(?:d|ment)|grieving|(?:lost|losing) (?:my|our) (?:husband|wife|mother|mum|mom|father|dad|son|daughter|child|baby|brother|sister|partner|friend|dog|cat|pet|job|home|house)|heartbroken|devastated|terminal(?:ly)? ill|in (?:the )?hospital)\b/gi,
  floors: { sadness: 0.6 },
});
