import type { RuleContext } from '@/lib/engine/rule';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import type { Span } from '@/lib/engine/types';
import { matchSpans } from '@/lib/rules/shared/match-spans';

/**
 * Internal shorthand by its shape: a word of capitals ("KYC", "EDD", "NOC"), capitals with a
 * digit ("SMETS1", "IPX4") or a mixed-case code ("CoP"). Drafts written by people who never
 * saw our term list are full of these (issue 15), and no list keeps up with every team's. Left
 * alone: abbreviations customers use every day (EVERYDAY), shouted words ("You MUST"), and
 * reference numbers ("RT-55820"). The jargon rule also skips any the customer used first.
 */
// Not the tail of a reference ("24/01872/FUL", "4410-OPS"): the whole code is what the customer quotes.
const CANDIDATE = /(?<!\d[/-])\b(?:[A-Z][A-Z0-9&]{1,5}|[A-Z][a-z][A-Z]{1,3})s?\b(?![-/ ]?\d)/g;

/**
 * Shorthand the reply explains on the spot is not jargon: "(SVR)", "PAC, the code that…",
 * "'WCHR', which is simply the code…", "APP scam claim; that stands for…", "a PCN (penalty
 * charge notice)". Good replies written by people who never saw these rules do this often
 * (issue 15). The look is bounded (60 characters either side), so it stays linear.
 */
// The explanation may follow the thing the code names ("NHI number (the health ID…", "HC2
// certificate, which covers…"), a dash ("CAS – the Confirmation of Acceptance…") or a pair
// ("CGST and SGST, which are two halves of GST"); a form handed over ("HB1, which I've attached") is in their hands.
const EXPLAINED_AFTER =
  /^['"\u2019]?s?['"\u2019]?(?: and [A-Z][\w&]*)?(?: (?:number|code|certificate|form|card|letter|documents?|scheme|reference))?(?: \(| [\u2013\u2014-] (?:the|a|an|your|our|which|that)\b|,? (?:which|that) (?:is|are|means|stands)\b|,? which (?:I|we)(?:'ve| have) (?:attached|put|sent|linked|included|added)\b|,? meaning\b|, (?:the|a|an|your|our) |[^.!?]{0,50}\b(?:stands for|which means|meaning|is short for)\b| (?:is|means) (?:just |simply )?(?:the|a|an|your|our|short)\b)/;
// "(that's called a chargeback)", "labelled "PAYE reference"", "(the 'MX record')": named as what the customer sees.
// "text BAL to 61111", "form NC1", "booking HX44T", "paste SAVE15": a code handed to the customer to type, quote or fill in.
// "(finance calls these CAPEX and OPEX)": named as what others call it. "6 pm AEST": a time zone.
const EXPLAINED_BEFORE =
  /(?:\(\s*(?:the |an? |your |our )?['"\u2018\u201c]?|\b(?:called|known as|shown as|listed as|marked(?: as)?|labell?ed|titled|headed) (?:an? |the )?['"\u2018\u201c]?|\b(?:form|booking|reference|ref|voucher|code|text|texting|type|enter|paste|send|sending|reply with|replying with) ['"\u2018\u201c]?|\bcalls? (?:these|this|it|them) (?:[A-Z][\w&]* and )?|\d ?(?:am|pm) )$/i;
// A code in quotes is shown as it appears on a screen, a label or a letter ("'BT15GS' fails").
// "press the WPS button": printed on the customer's own device or screen.
const LABEL_AFTER = /^ (?:button|key|tab|icon|switch)\b/;
const QUOTE_BEFORE = /['"\u2018\u201c]$/;
const QUOTE_AFTER = /^s?['"\u2019\u201d]/;

// Abbreviations customers know (or brands they see on their own parcels and bills).
const EVERYDAY = new Set(
  'API SSL CSV XML JSON HTML HTTP HTTPS DNS IP SSO OK UK US USA EU UN ID PIN PDF JPG JPEG PNG GIF SMS MMS TV USB GPS ATM PC IT FAQ VAT URL CEO DIY AM PM MOT NHS BBC ZIP GB MB KB TB HD UHD LED LCD DVD CD APP IBAN BIC CVV CVC VIN QR NFC SIM ESIM DM ASAP GP UTC GMT BST CET EST PST VIP APR ISA ATOL ABTA ESTA EHIC PAYG WIFI ETA HDMI AC NB PS FYI AKA RSVP HQ EV SUV UV AI IOS MAC CV UPS DHL DPD TNT BT EE HMRC DVLA IKEA AA RAC NI HR VPN PO XL XXL XS SMS PTO RRP OTP TFL NYC LA DC AWS SSD HDD RAM CPU GPU MP MPH KM KG CM MM ML AUD USD GBP EUR CAD NZD ROI BBQ SOS IOU PSA TBH LOL OMG VAT GST PPE COVID T&C A&E CCTV OS'.split(
    ' ',
  ),
);
// Capitals that are an English word said loudly ("You MUST check the box").
const SHOUTED = new Set(
  'MUST NOT NEVER ALL ANY NO NOW DO YOU YOUR WILL CAN PLEASE ONLY VERY HAVE THE AND FREE NEW SALE STILL AGAIN WHY WHAT HOW HELP URGENT NOTE ASK TODAY'.split(
    ' ',
  ),
);

function isShorthand(word: string): boolean {
  const bare = word.endsWith('s') && word.length > 2 ? word.slice(0, -1) : word;
  const upper = bare.toUpperCase();
  if (EVERYDAY.has(upper) || SHOUTED.has(upper)) return false;
  let capitals = 0;
  let digits = 0;
  for (let i = 0; i < bare.length; i++) {
    const code = bare.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
    else if (code >= 48 && code <= 57) digits++;
  }
  return capitals >= 2 && digits <= 2;
}

/** Is the term at `span` of `text` explained, named as the customer sees it, or quoted right there? */
export function explainedOnTheSpot(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  const after = text.slice(span.end, span.end + 60);
  return (
    EXPLAINED_AFTER.test(after) ||
    EXPLAINED_BEFORE.test(before) ||
    LABEL_AFTER.test(after) ||
    (QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(after))
  );
}

const WORD = /[A-Za-z]{2,}/g;
function mostlyCapitals(text: string): boolean {
  let words = 0;
  let capitals = 0;
  for (const [word] of text.matchAll(WORD)) {
    words++;
    if (word === word.toUpperCase()) capitals++;
  }
  return capitals * 2 >= words;
}

interface SentenceShorthand {
  unexplained: readonly Span[];
  /** Shorthand this sentence explains: every other mention of it in the reply is then clear too. */
  explained: readonly string[];
}
const memo = sentenceMemo<SentenceShorthand>();
const NONE: readonly Span[] = [];

// What one sentence holds: one constant function, so a call makes no closure per sentence.
const shorthandIn = (text: string) => {
  const candidates = matchSpans(text, CANDIDATE).filter((span) => isShorthand(text.slice(span.start, span.end)));
  const explained = candidates.filter((span) => explainedOnTheSpot(text, span));
  const unexplained = candidates.filter((span) => !explained.includes(span));
  return {
    // A sentence mostly in capitals is shouting, not shorthand; four codes in a sentence of
    // ordinary words ("FNOL received; claim parked in WIP as the PH declaration is NIL") are not.
    unexplained: unexplained.length >= 4 && mostlyCapitals(text) ? NONE : unexplained,
    explained: explained.map((span) => text.slice(span.start, span.end)),
  };
};

/** Shorthand in the draft (draft offsets) that the reply explains nowhere. */
export function findAcronyms(context: RuleContext): Span[] {
  const spans: Span[] = [];
  const explainedAnywhere = new Set<string>();
  for (let index = 0; index < context.sentences.length; index++) {
    const found = memo(context, index, shorthandIn);
    for (const term of found.explained) explainedAnywhere.add(term);
    const start = context.sentences[index]!.start;
    for (const span of found.unexplained) spans.push({ start: start + span.start, end: start + span.end });
  }
  if (explainedAnywhere.size === 0) return spans;
  return spans.filter((span) => !explainedAnywhere.has(context.lintable.slice(span.start, span.end)));
}
