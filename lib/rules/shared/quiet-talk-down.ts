import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Talking down in quiet forms: no "obviously", no "as I said", yet the customer is told they
 * were slow, careless or alone in their trouble. On the blind set these went unseen (condescension
 * recall .53); each group below is one shape, mined from the training drafts by other hands, and
 * each keeps its friendly twin clean ("To recap what we agreed", "Just to confirm, the refund went
 * out", "It's a quick fix — I've done it for you", "lots of people miss it").
 */

/**
 * Repetition aimed at them: "Just to reiterate", "I'll explain it once more", "How many times do
 * we need to tell you", "Per my email of 4 March", "I'd kindly refer you back to it", "As you were
 * told", "as you'll recall". A recap ("To recap what we agreed") or a check ("Just to confirm")
 * says nothing about the customer not listening.
 */
export const REPEATED_AT_THEM = anchoredShapes([
  ['reiterate', '\\b(?:just )?to reiterate\\b'],
  [
    'once',
    "\\b(?:I'll|I will|let me|I'm going to) (?:try|explain|say|repeat|go through|put) (?:(?:it|this|that) )?(?:(?:to|for) you )?once (?:more|again)(?=\\s*[.:;!]|\\s*$)",
  ],
  [
    'times',
    '\\bhow many (?:more )?times (?:(?:do|does|must|will|should|shall|have|did) )?(?:I|we) (?:need to |have to |must |got to )?(?:tell|say|explain|repeat|told|said|explained)\\b',
  ],
  ['telling', "\\b(?:again|once again),? I(?:'m| am) telling you\\b|\\bI(?:'m| am) telling you again\\b"],
  ['per', '\\b(?:as )?per my (?:last |previous |earlier |first )?(?:email|message|reply|letter|response)\\b'],
  ['back', '\\brefer you back to\\b'],
  ['told informed advised', '\\bas you were (?:told|informed|advised)\\b'],
  ['recall', "\\bas you(?:'ll| will| may| might| should)? recall\\b"],
  ['once', "\\b(?:I|we)(?:'ve| have) already (?:explained|said|told you|answered) (?:this|that|it) once\\b"],
  [
    'twice times once',
    "\\b(?:I|we)(?:'ve| have) already sent (?:you )?(?:this|that|it|the [\\w-]+)(?: to you)? (?:twice|(?:two|three|several|many) times|more than once)\\b",
  ],
  // "A manager will tell you exactly the same thing I have": the answer will not change, so stop asking.
  [
    'same',
    '\\b(?:a|any|my|the) (?:manager|supervisor|colleague|team leader) (?:will|would) (?:tell|say)(?: you)? (?:exactly )?the same\\b',
  ],
]);

/**
 * Ease claimed against their trouble: "It's a simple two-step process", "it's a basic config
 * change", "It's not hard to find", "you can't miss it", "you could've done this yourself",
 * "it really is easy to do yourself", "Don't call for basic issues". "It's a quick fix" is left:
 * quick says how long it takes us, not how slow they were; "It's easy to miss" is kind
 * (condescension-simply leaves it too).
 */
export const EASE_AGAINST_TROUBLE = anchoredShapes([
  [
    'simple easy basic straightforward',
    "\\b(?:it's|it is|this is|that's|that is) (?:a|an) (?:(?:really|very|quite|pretty|super|fairly|dead) )?(?:simple|easy|basic|straightforward) (?:[\\w-]+ ){0,2}?(?:process|job|step|fix|task|change|thing|setting|toggle|reset|procedure|one|question|check)\\b(?! to (?:miss|overlook|forget|get wrong|mix up|confuse))",
  ],
  ['hard difficult', "\\b(?:not|isn't) (?:hard|difficult) to (?:find|see|spot|understand|follow|use|do)\\b"],
  ['miss', "\\b(?:you )?can(?:'t|not) miss (?:it|them)\\b|\\b(?:hard|difficult) to miss\\b"],
  [
    'simple',
    '\\b(?:in|into) (?:very )?simple (?:terms|words|english|language) for you\\b|\\bas simple as (?:possible|I can) for you\\b',
  ],
  [
    'easy simple simplify',
    "\\b(?:let me|I'll|I will) (?:make (?:this|it|that) (?:really |very |super )?(?:easy|simple)|simplify (?:this|it|that)) for you\\b",
  ],
  ['used', "\\byou(?:'ll| will) (?:soon )?get used to\\b"],
  [
    'yourself own',
    "\\byou could(?:'ve| have) (?:easily |just )?done (?:this|it|that) yourself\\b|\\b(?:easy|simple) (?:enough )?to do (?:yourself|on your own)\\b|\\b(?:things|something|stuff) you can (?:easily )?do (?:yourself|on your own)\\b",
  ],
  [
    'easy simple',
    '\\b(?:really|honestly|genuinely) (?:is|was) (?:very |so |that )?(?:easy|simple)\\b(?! to (?:miss|overlook|get wrong))',
  ],
  [
    'basic basics',
    "\\b(?:these|those) are (?:the|just the|really the) basics\\b|\\bfor (?:such )?basic (?:issues|questions|things|stuff|problems)\\b|\\b(?:it's|it is|that's|this is) (?:just |pretty |really |very )?basic (?:banking|english|maths|math|computing|science|economics|physics|knowledge|stuff)\\b",
  ],
]);

/**
 * A comparison with other customers: "Many customers forget that…", "Tenants often misunderstand
 * the rules", "Most of the time it's people mixing up O and 0", "tested on hundreds of customers
 * without any issues", "most customers manage this without help". "Lots of people miss it" is
 * said to comfort, so missing is not a failing here.
 */
export const OTHERS_MANAGE = anchoredShapes([
  [
    'forget overlook realise realize misunderstand misread forgets overlooks misunderstands',
    "\\b(?:many|most|lots of|plenty of|a lot of) (?:[\\w-]+ )?(?:customers|people|users|patients|residents|parents|members|tenants|guests|drivers|players|students) (?:forget|overlook|don't realise|don't realize|do not realise|do not realize|misunderstand|misread)\\b|\\b(?:customers|people|users|patients|residents|parents|members|tenants|guests|drivers|players|students) (?:often|usually|frequently|commonly) (?:forget|overlook|misunderstand|misread)\\b",
  ],
  ['time', "\\bmost of the time it's (?:people|customers|users)\\b"],
  ['hundreds thousands millions', '\\b(?:tested|used|trusted) (?:on|by) (?:hundreds|thousands|millions) of\\b'],
  [
    'without themselves fine easily own',
    '\\b(?:most|many|other|all other) (?:[\\w-]+ )?(?:customers|people|users|members|parents|patients|tenants|guests) (?:manage|do|sort|set|figure|work) (?:this|it|that)(?: out| up)? (?:without (?:any )?help|on their own|themselves|by themselves|fine|easily)\\b',
  ],
  // "Most of our users pick it up in a few minutes", "Thousands of customers use it every day".
  [
    'use pick get learn',
    '\\b(?:most|thousands|hundreds|millions) (?:of our )?(?:[\\w-]+ )?(?:customers|people|users|students|guests|employees|members|players) (?:use (?:it|this|them)|pick (?:it|this) up|get through (?:it|this)|learn (?:this|it))\\b',
  ],
  ['other', '\\bworks? (?:fine |perfectly )?for (?:the|all the) other\\b'],
  [
    'managed manage',
    '\\bother (?:[\\w-]+ )?(?:customers|guests|people|users|passengers|students|residents|parents|members) (?:managed|manage|seem to manage) to\\b',
  ],
  ['most', '\\bwhich most (?:people|customers|users|households|homes) (?:have|do|know|notice|see|spot|find|manage)\\b'],
  [
    'realise realize know',
    "\\bmore than (?:most )?people (?:realise|realize)\\b|\\bwhich (?:a lot of|many|most) (?:people|customers) (?:don't|do not) (?:realise|realize|know)\\b",
  ],
  // "as with any flight", "like nearly every remote", "how every app on the planet works".
  [
    'any all every basically nearly almost practically virtually planet',
    '(?<=, )as with (?:any|all|every) [\\w-]+(?=\\s*[.!?]|\\s*$)|^as with (?:any|all|every) [\\w-]+, you (?:should|need|must)\\b|\\blike (?:basically|nearly|almost|pretty much|practically|virtually) (?:every|all|any)\\b|\\bevery [\\w-]+ on the planet\\b',
  ],
]);

/**
 * A pointer to what they should have read: "Zone numbers are displayed on every single sign",
 * "This information is freely available online", "which I'd suggest you read", "which you should
 * have read" ("which you should have checked" is read as blame), "We'd expect parents to read it", "Had you read the renewal notes", "Go back and read
 * the returns policy", "I'm not sure how it could be clearer". Telling them where something is
 * ("You'll find it under Settings › Billing") points the way and stays clean.
 */
export const SHOULD_HAVE_READ = anchoredShapes([
  [
    'single',
    '\\b(?:on|in) every single (?:letter|email|sign|page|bill|statement|invoice|receipt|box|label|notice|document|message|screen|form)s?\\b',
  ],
  ['correspondence', '\\bon all (?:the |our )?correspondence\\b'],
  ['freely publicly see', '\\b(?:freely|publicly) available\\b|\\bfor (?:all|anyone|everyone) to see\\b'],
  [
    'suggest recommend advise encourage',
    "\\bwhich (?:I'd|I would|we'd|we would) (?:strongly )?(?:suggest|recommend|advise|encourage) (?:you )?(?:read|reading|check|checking|keep|keeping|review|reviewing)\\b",
  ],
  [
    'should ought supposed meant',
    '\\bwhich you (?:should|ought to|were supposed to|were meant to|are meant to|are supposed to)(?: have)? (?:read|seen|kept)\\b',
  ],
  [
    'expect',
    "\\b(?:we'd|we would|I'd|I would) expect (?:you|parents|customers|members|tenants|guests|people|patients|residents|users|students|everyone) to (?:read|check|know|have read|be aware)\\b",
  ],
  ['had', '\\bhad you (?:read|checked|looked at|gone through|reviewed)\\b'],
  ['back', '\\bgo back (?:and|to) (?:re-?read|read|check)\\b'],
  [
    'clearer',
    "\\b(?:not sure|no idea|don't know) how (?:much )?(?:it|this|that) could be (?:any )?clearer\\b|\\b(?:not sure|no idea|don't know) how (?:much )?(?:clearer |else )?(?:I|we) (?:can|could) (?:make (?:it|this|that) (?:any )?clearer|be (?:any )?clearer)\\b|\\bhow much clearer\\b",
  ],
  [
    'confusion surprise',
    "\\bnot sure (?:how|why) (?:there's|there has|there was|there's been) (?:been )?(?:any )?confusion\\b|\\bnot sure why (?:this|that|it) (?:is|was|comes as|came as) (?:a|such a) surprise\\b",
  ],
]);

/**
 * What everyone is said to know already: "It was widely publicised", "As is generally known",
 * "that's common knowledge", "a well-known anti-pattern", "I thought everyone knew that", "Those
 * are two different things", "You should always check your spam first", "which should be obvious
 * from the signs", "That's all there is to it", "Google Maps would have told you that".
 */
export const COMMON_KNOWLEDGE = anchoredShapes([
  [
    'publicised publicized advertised known understood knowledge',
    '\\b(?:widely|well) (?:publicised|publicized|advertised)\\b|\\b(?:generally|widely|commonly) (?:known|understood)\\b|\\bcommon knowledge\\b|\\b(?:a|quite a|very|pretty) well-known\\b',
  ],
  ['knew', '\\bI (?:thought|assumed|figured) (?:everyone|everybody|anyone|most people) knew\\b'],
  ['different separate same', '\\b(?:those|these|they) are (?:two )?(?:different|separate|not the same) things\\b'],
  [
    'always',
    "\\byou should always (?:double-check|check|read|keep|tell|make sure)\\b(?![^.!?]{0,80}\\b(?:so (?:we|I)|and (?:we|I)(?:'ll| will| can))\\b)",
  ],
  ['obvious', "\\bshould(?: have been| be|'ve been) (?:pretty |fairly |quite )?obvious\\b"],
  [
    'else more',
    "\\b(?:not sure|don't know) what else (?:you want (?:us|me) to|I can|we can) (?:say|tell you)\\b|\\b(?:there's |there is )?(?:really )?(?:not much|nothing) (?:more|else) to (?:it|say)(?: than that)?(?=\\s*[.!]|\\s*$)",
  ],
  ['all', "\\bthat's all there is to it\\b"],
  [
    'google googling',
    "\\bgoogle(?: maps)? (?:would have|would've|could have|will have) (?:told|shown) you\\b|\\bsuggest googling\\b",
  ],
  [
    'assumed thought figured',
    "\\bI (?:assumed|thought|figured) you(?:'d| would)? (?:know|have known|realise|realize|understand)\\b",
  ],
  ['lot', '\\bpeople do (?:that|this) a lot\\b'],
  ['used familiar', "\\bfor people who (?:aren't|are not|don't|do not|haven't|have not) (?:used to|familiar with)\\b"],
  [
    'expect know realise realize',
    '\\bas (?:most|any|all) (?:[\\w-]+ )?(?:people|customers|guests|diners|travell?ers|drivers|adults|parents) (?:would|will|should) (?:expect|know|realise|realize)\\b',
  ],
  ['letters', '\\bin (?:big|large|bold|capital|huge) letters\\b'],
  ['right', '\\byou do (?:know|realise|realize|understand)\\b[^.!?]{0,80}?,? right\\?'],
]);
