import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Bereavement and serious loss, which support customers often mention in passing
 * ("my husband passed away, please close his account"); an agent must not miss it.
 */
export default defineCue({
  id: 'grief',
  pattern:
    /\b(?:passed away|passed on(?! (?:the|your|my|his|her|their|our|this|that|these|those|it|them|to|a|an|details|message|info|information|feedback)\b)|(?<!\b(?:phone|battery|laptop|tablet|computer|pc|screen|charger|car|engine|router|modem|printer|device|headphones|earbuds|watch|console|tv|fridge|freezer|drive|disk|app|card|machine|kettle|boiler|heater|camera|speaker|mouse|keyboard|bulb|remote|plant|plants|it)(?: has| had| just)? )(?:has )?died|funeral|bereave(?:d|ment)|grieving|(?:lost|losing) (?:my|our) (?:husband|wife|mother|mum|mom|father|dad|son|daughter|child|baby|brother|sister|partner|friend|dog|cat|pet|job|home|house)|heartbroken|devastated|terminal(?:ly)? ill|(?<!\bwork(?:s|ed|ing)? )in (?:the )?hospital(?! (?:car ?park|parking|pharmacy|shop|caf[eé]|canteen|cafeteria)))\b/gi,
  floors: { sadness: 0.6 },
});
