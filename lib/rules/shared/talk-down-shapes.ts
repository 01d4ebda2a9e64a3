import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Talking down, in sentence shapes mined from drafts written by people who never saw the rules
 * (issue 15), kept apart from condescension-told-you's own list so each shape can be weighed on
 * its own. Every shape here judges the customer or closes the subject; none names a step we take.
 */

/**
 * Closing the subject: the way things are, said as the whole explanation ("That's just how
 * broadband works.", "That's what annual means.", "Every bank does it.", "you'd find the same
 * everywhere"). Naming how something works for them ("that's how the refund will work") is help,
 * so the verb must end the clause. Our own system or policy ("That's just how our system works")
 * is the excuse rules' refusal, not talking down.
 */
export const CLOSING_THE_SUBJECT = anchoredShapes([
  [
    'works work means mean',
    "(?:that's|that is|it's|it is) (?:just |simply |literally )?(?:how|what) (?!(?:our|my|it|this|the (?:system|app|site|website|software|process|policy))\\b)(?:[\\w-]+ ){0,3}(?:works?|means?)(?: everywhere| anywhere| really)?(?=\\s*[.,;!?–-]|\\s*$)",
  ],
  [
    'everywhere anywhere',
    "\\bworks? everywhere\\b|(?:you(?:'d| would|'ll| will)) find the same (?:everywhere|anywhere)\\b",
  ],
  [
    'does do',
    '^(?:every|any|all) (?:other )?(?:bank|banks|hotel|hotels|airline|airlines|shop|shops|retailer|retailers|insurer|insurers|landlord|landlords|provider|providers|company|companies) (?:does|do)(?: (?:it|this|that|the same))?(?=\\s*[.!?]|\\s*$)',
  ],
]);

/**
 * What the customer is presumed to know already ("as you'll know", "as is widely known", "you'd
 * know this if you read the fees page", "Guests are expected to read the menu", "as the name
 * suggests", "clearly itemised in your statement"). "As you may know, we've moved" only in a
 * reply that otherwise helps: condescension-told-you lowers it there.
 */
export const PRESUMED_KNOWN = anchoredShapes([
  [
    'known aware know normal standard expect',
    "\\bas (?:is|you(?:'ll| will| may| might|'d| would)(?: already)?(?: be)?) (?:widely |well |generally |commonly )?(?:known|aware|know|normal|standard|expect)\\b",
  ],
  [
    'read look looked check checked',
    "(?:you(?:'d| would|'ll| will) (?:know|see|find)[^.!?]{0,40}|clear) if you (?:read|look|looked|check|checked)\\b",
  ],
  ['expected', '\\b(?:are|is) (?:all )?expected to (?:read|review|check|know|understand|familiari[sz]e|be aware)\\b'],
  ['suggests implies says', '\\b(?:as|like) (?:the name|its name|the word|it) (?:suggests|implies|says)\\b'],
  [
    'clearly',
    '\\b(?:is|are|was|were) (?:very |quite )?clearly (?:itemi[sz]ed|set out|selected|disclosed|advertised|indicated|printed|mentioned|noted|highlighted|detailed)\\b',
  ],
  ['gently politely', "\\bI(?:'d| would| must)? (?:gently|politely) (?:point out|remind you|note)\\b"],
  [
    'misunderstand misunderstands misinterpret misinterprets mistake mistakes',
    '\\b(?:misunderstand|misinterpret|mistake)s? (?:a |our |being |the )?(?:[\\w-]+ ){0,3}(?:for|as) (?:rude|rudeness|being rude)\\b',
  ],
]);

/**
 * A lesson for next time ("Perhaps plan better next time.", "Next time, be more accurate.", "it's
 * worth checking there next time"). "Please make sure you're at the pin next time" is read as blame
 * by the drafts by other hands (2 of 8 talking down), and the blame rules have it. Asking them to come back to us ("please let me know next
 * time") or a choice they can make ("next time, book with the app for 10% off") is not a lesson.
 */
export const LESSON_FOR_NEXT_TIME = anchoredShapes([
  [
    'next',
    '\\b(?:perhaps|maybe|worth|want to|wish to|try to|remember to) (?!(?:let|tell|ask|call|contact|email|message|ring|reach|get in touch|book|use|choose|select|pick)\\b)[^.!?]{0,50}? next time(?=\\s*[.?!]|\\s*$)',
  ],
  [
    'next future',
    '^(?:next time|in future),? (?:please )?(?:be|check|double-check|read|respond|make sure|look|pay|think|plan|try)\\b',
  ],
]);

/**
 * Saying it should have been obvious ("as I'm sure you know", "I'd have thought that was well
 * known", "something every landlord should know", "It's normal.", "like most airlines these
 * days"). "It's normal to feel anxious about this" goes on, so "normal" must end the clause.
 */
export const SHOULD_BE_OBVIOUS = anchoredShapes([
  [
    'sure',
    "\\b(?:as )?I'm sure you(?:'re| are| will| would|'ll|'d|'ve| have| can| know| realise| realize| noticed| saw)\\b",
  ],
  // "I'd have thought that was obvious"; "I would have expected a reply too" shares the feeling.
  [
    'thought expected assumed',
    "\\bI(?:'d| would) have (?:thought|assumed|expected)(?: (?:that|it|this))? (?:was|would be|is|were)\\b",
  ],
  ['something', '\\bsomething (?:most|every|any|all) [\\w-]+ (?:know|knows|should|would|will|understand|do|does)\\b'],
  [
    'standard normal routine',
    "^(?:it's|this is|that's|it is|that is) (?:pretty |fairly |completely |totally |perfectly |very )?(?:standard|normal|routine)(?: practice| procedure)?(?=\\s*[.;!?]|\\s*$)",
  ],
  ['days', '\\b(?:most|everyone|anyone|everybody|all|many) [^.!?]{0,40}these days\\b'],
]);

/**
 * Reading asked back as a test ("Did you read the delivery note?", "Have you looked on the box?").
 * "Have you tried restarting it?" and "Did you check your spam folder?" are left alone: they are
 * the everyday questions of troubleshooting, and a coach that flags them teaches agents nothing.
 * With help in the same or the next sentence condescension-told-you shows it at high sensitivity only.
 */
export const QUESTIONS_BACK = anchoredShapes([
  ['read looked', '^have you (?:even )?(?:read|looked (?:at|on|in))\\b'],
  ['read look', '^did you (?:even )?(?:read|look (?:at|on|in))\\b'],
]);

/**
 * Pointed reminders: their document quoted back ("as the form clearly states"; "as our privacy
 * notice explains" only says where our rules live), what anyone in the
 * trade knows, a lecture ("It's important to keep your payments up to date."), "that's what it's
 * for", "which I assume you read", "Are you certain you're reading the right meter?", "Basic
 * economics.", "Please look in spam this time."
 */
export const POINTED_REMINDERS = anchoredShapes([
  [
    'explained explains said says stated states showed shows mentioned mentions set sets made',
    '\\bas (?:your|the) (?:[\\w-]+ ){0,2}?(?:email|letter|confirmation|notification|terms|contract|agreement|invoice|bill|statement|page|guide|manual|website|booking|receipt|form|sign|notice)s? (?:clearly )?(?:explained|explains|said|says|stated|states|showed|shows|mentioned|mentions|set out|sets out|made clear)\\b',
  ],
  [
    'knows know see tell',
    '\\bas (?:anyone|anybody|everyone|everybody)(?: [\\w-]+){0,4}? (?:knows|would know|will know|can see|can tell you)\\b',
  ],
  ['important', "^(?:it's|it is) (?:really |very )?important (?:to|that you)\\b"],
  ['for', "\\b(?:that's|that is) what (?:it's|it is|they're|they are) (?:there )?for\\b"],
  ['assume presume trust', '\\bI (?:assume|presume|trust) you (?:read|saw|received|have read|checked|know)\\b'],
  ['certain sure positive', "\\bare you (?:certain|sure|positive) (?:that )?you(?:'re| are| have|'ve| did| were)\\b"],
  ['rules', "\\b(?:it's|those are|these are|that's) (?:just )?the rules\\b"],
  ['basic', '\\bbasic (?:economics|maths|math|physics|arithmetic|logic|biology)\\b'],
  ['time', '\\b(?:look|check|read|try)\\w* [^.!?]{0,30}\\bthis time(?=\\s*[.!?]|\\s*$)'],
]);

/**
 * Hindsight held against them, reading set as homework, and questions that answer themselves,
 * from drafts by other hands (issue 15): "which you'd have seen if you'd read the description",
 * "If you'd checked the basket total, you'd have spotted it", "I'd recommend reading the pricing
 * page", "that's not something we can help with, is it?", "Most tenants understand this". "If
 * you'd checked in before 6 we could have held the room" is only a condition ("in", "out" after
 * the verb), and "I'd recommend the blue one" recommends no reading.
 */
export const HINDSIGHT_AND_HOMEWORK = anchoredShapes([
  [
    'read checked looked reviewed bothered paid taken',
    "\\bif you(?:'d| had) (?:read|checked|looked at|reviewed|bothered|paid attention|taken the time)\\b(?! in\\b| out\\b)",
  ],
  [
    'seen known noticed read spotted found',
    "\\b(?:as|which) you(?:'d| would) have (?:seen|known|noticed|read|spotted|found)\\b",
  ],
  [
    'recommend suggest advise',
    "\\bI(?:'d| would) (?:really |strongly )?(?:recommend|suggest|advise) (?:reading|re-reading|rereading|(?:that )?you (?:re-?)?read|having a (?:read|look) (?:at|through))\\b",
  ],
  // A tag that answers its own question after a "no": ", is it?", ", is there?"; and a question
  // opening with "Surely" ("Surely if it was online only, it would say online only?").
  ['is was does', ', (?:is|was|does) (?:it|there|that)\\?'],
  ['surely', '^surely [^.!?]{0,200}\\?'],
  [
    'understand know manage cope trouble problem problems issue issues',
    '\\b(?:most|other|all other) (?:[a-z-]+ )?[a-z-]{2,20}s (?:seem to |manage to )?(?:understand|know|manage|cope|have no (?:trouble|problems?|issues?))\\b',
  ],
]);

/**
 * "For future reference, fridges need 24 hours to settle" lectures, and so does "Just a tip for
 * the future: …"; "For future orders, the code still works" is an offer, and "For next time, …" is
 * mostly read as blame, which the blame rules have. Said with what it spares them ("For future
 * reference, you can book online, which saves the queue") it is a tip, so a reason, an option or a
 * "we" in the sentence keeps it clean.
 */
export const FOR_FUTURE_REFERENCE = anchoredShapes([
  [
    'reference tip note reminder',
    "(?<=^|[.!?]\\s)(?:p\\.?s\\.? )?(?:for future reference|(?:just )?a (?:quick |little |friendly )?(?:tip|note|reminder) for (?:the )?future)\\b(?![^.!?]{0,200}?\\b(?:so (?:that|you)|because|which (?:means|saves|is (?:quicker|faster|easier))|that way|to save|saves?|you can|you(?:'re| are) welcome|we(?:'ve| have| will|'ll| can)?)\\b)",
  ],
]);

/**
 * What anyone in their place is said to know, by any noun ("as any regular gig-goer would know",
 * "which any homeowner would have noticed", "Anyone submitting an application should be familiar
 * with these", "believe it or not"): the customer is measured against the crowd and found short
 * (issue 15, drafts by other hands; POINTED_REMINDERS held only "anyone" and "everyone").
 * "Any customer can ask for a copy" tells them a right, so the verb must be one of knowing.
 */
export const WHAT_ANYONE_KNOWS = anchoredShapes([
  [
    'know known notice noticed spot spotted realise realised realize realized familiar aware understand',
    "\\b(?:as|which|what|something) any(?:one|body)? (?:[\\w'-]+ ){0,4}?(?:would|should|will|could)(?: have)? (?:know|known|notice|noticed|spot|spotted|realise|realised|realize|realized|be familiar|be aware|understand)\\b",
  ],
  ['familiar aware know', '^any(?:one|body) (?:[\\w-]+ ){0,5}?(?:should|would|will) (?:be familiar|be aware|know)\\b'],
  ['believe', '\\bbelieve it or not\\b'],
]);

/**
 * Care taught to them as a habit ("Please check your emails more carefully in future.", "Always
 * follow the care label.", "you should really check where a site is based before you buy",
 * "you really ought to consider replacing it", "It couldn't be simpler."): a lesson, not an answer.
 * "Always" opening a step that is ours or a reason ("Always keep the receipt, so we can refund it")
 * is left: the sentence must end the lesson.
 */
export const CARE_LESSONS = anchoredShapes([
  ['carefully', '\\b(?:check|read|look at|look through|compare)\\b[^.!?]{0,40}? more carefully\\b'],
  [
    'really',
    '\\byou (?:should really|really should|really ought to|ought to really|really need to) (?:check|read|look|consider|think|make sure|be)\\b',
  ],
  [
    'always',
    "^always (?:follow|read|check|measure|keep|make sure|double-check)\\b(?![^.!?]{0,80}\\b(?:so (?:we|I|that)|and (?:we|I)(?:'ll| will| can))\\b)[^.!?]{0,80}(?=[.!]|$)",
  ],
  [
    'simpler easier',
    "\\b(?:it|this|that) (?:really )?(?:couldn't|could not|can't|cannot) be (?:any )?(?:simpler|easier)(?=\\s*[.!?:]|\\s*$)",
  ],
]);
