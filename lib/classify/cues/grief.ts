import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Bereavement, serious illness and serious loss, which support customers often mention in
 * passing ("my husband passed away, please close his account", "my late wife's account",
 * "we had to put our dog down", "mum was taken ill", "my dad's in hospice"); an agent must not
 * miss it. Illness and death are told about the writer's own people, so calm wording still
 * counts: support train and the retired blind sets label 37 of 38 such messages sad. A funeral
 * counts as someone's ("my grandad's funeral", "her funeral"): "the funeral is on Thursday, please
 * confirm the flowers" or a bereavement card ordered for a colleague is an errand, and support
 * writers label it so (support corpus part f).
 */
export default defineCue({
  id: 'grief',
  pattern:
    /\b(?:passed away|passed on(?! (?:the|your|my|his|her|their|our|this|that|these|those|it|them|to|a|an|details|message|info|information|feedback)\b)|(?<!\b(?:phone|battery|laptop|tablet|computer|pc|screen|charger|car|engine|router|modem|printer|device|headphones|earbuds|watch|console|tv|fridge|freezer|drive|disk|app|card|machine|kettle|boiler|heater|camera|speaker|mouse|keyboard|bulb|remote|plant|plants|it)(?: has| had| just)? )(?:has )?died|(?:my|our|his|her|their) (?:[\w']+ ){0,2}?funeral|bereave(?:d|ment)(?! cards?)|grieving|(?:lost|losing) (?:my|our) (?:husband|wife|mother|mum|mom|father|dad|son|daughter|child|baby|brother|sister|partner|friend|dog|cat|pet|job|home|house)|heartbroken|devastated|terminal(?:ly)? ill|critically ill|stillborn|(?:i|we|she|wife|partner) (?:had|have had|'ve had|'d had) a miscarriage|miscarried|hospice|(?:diagnosed with |(?:my|his|her|our|their|\w+'s) )(?:cancer|chemo(?:therapy)?)|(?:was |been |got )?taken (?:ill|into hospital|to hospital)|had to (?:have )?(?:put|let) (?:our|my|the|him|her) (?:\w+ )?(?:down|go)|(?:my|our|his|her) late (?:husband|wife|mother|mum|mom|father|dad|son|daughter|brother|sister|partner|aunt|uncle|gran|grandma|grandad|grandfather|grandmother|nan)|(?:his|her|their|(?:my|our) \w+'s) ashes|first (?:time|christmas|birthday) (?:back )?without|not good news|(?<!\bwork(?:s|ed|ing)? )in (?:the )?hospital(?! (?:car ?park|parking|pharmacy|shop|caf[eé]|canteen|cafeteria)))\b/gi,
  floors: { sadness: 0.6 },
});
