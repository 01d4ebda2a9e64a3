/**
 * Just enough English verb morphology for rewrites built from the agent's own words: "you
 * should have checked" → "check", "we can't ship" → "shipping", "you failed to enter" →
 * "entered". Irregular verbs support agents use are listed; the rest follow the spelling rules.
 */
const IRREGULAR: ReadonlyArray<[base: string, past: string, participle: string]> = [
  ['be', 'was', 'been'],
  ['buy', 'bought', 'bought'],
  ['bring', 'brought', 'brought'],
  ['choose', 'chose', 'chosen'],
  ['do', 'did', 'done'],
  ['find', 'found', 'found'],
  ['forget', 'forgot', 'forgotten'],
  ['get', 'got', 'got'],
  ['give', 'gave', 'given'],
  ['go', 'went', 'gone'],
  ['have', 'had', 'had'],
  ['hold', 'held', 'held'],
  ['keep', 'kept', 'kept'],
  ['know', 'knew', 'known'],
  ['leave', 'left', 'left'],
  ['let', 'let', 'let'],
  ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'],
  ['pay', 'paid', 'paid'],
  ['put', 'put', 'put'],
  ['read', 'read', 'read'],
  ['run', 'ran', 'run'],
  ['say', 'said', 'said'],
  ['see', 'saw', 'seen'],
  ['sell', 'sold', 'sold'],
  ['send', 'sent', 'sent'],
  ['set', 'set', 'set'],
  ['show', 'showed', 'shown'],
  ['take', 'took', 'taken'],
  ['tell', 'told', 'told'],
  ['think', 'thought', 'thought'],
  ['understand', 'understood', 'understood'],
  ['write', 'wrote', 'written'],
];
const BY_FORM = new Map<string, string>();
for (const [base, past, participle] of IRREGULAR) {
  BY_FORM.set(past, base);
  BY_FORM.set(participle, base);
}
const PARTICIPLE = new Map(IRREGULAR.map(([base, , participle]) => [base, participle]));

// Final consonant doubles before -ed/-ing: short stressed syllables, and verbs stressed at the end.
const DOUBLES = new Set([
  'submit',
  'transfer',
  'refer',
  'prefer',
  'permit',
  'admit',
  'commit',
  'occur',
  'regret',
  'cancel',
  'label',
  'travel',
  'control',
  'patrol',
]);
const VOWEL = /[aeiou]/;

function doublesFinal(base: string): boolean {
  if (DOUBLES.has(base)) return true;
  // stop, ship, plan: one syllable ending consonant-vowel-consonant (not w, x, y).
  return base.length <= 4 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base);
}

// Bases ending in a silent "e" that support replies use; "-ed" hides the "e" ("updated").
const SILENT_E = new Set(
  'activate agree arrive arrange authorise authorize change charge close compare complete continue create decline delete describe disable enable exchange exercise figure guide include increase issue locate manage move note notice prepare price produce provide purchase raise rate receive reduce release remove replace require reserve resolve restore retire save schedule secure serve share size source store subscribe type update upgrade use validate'.split(
    ' ',
  ),
);
// Doubled consonants that belong to the base ("added", "called"), unlike "stopped".
const KEEPS_DOUBLE = new Set(
  'add call fill pass miss press dress kiss bill spell stall install roll scroll poll buzz staff stuff'.split(' '),
);

/** "updated" → "update", "stopped" → "stop", "applied" → "apply", "sent" → "send", "double-checked" → "double-check". */
export function baseOf(verb: string): string {
  const lower = verb.toLowerCase();
  const dash = lower.lastIndexOf('-');
  if (dash > 0) return lower.slice(0, dash + 1) + baseOf(lower.slice(dash + 1));
  const irregular = BY_FORM.get(lower);
  if (irregular) return irregular;
  if (!lower.endsWith('ed')) return /[^s]s$/.test(lower) && !lower.endsWith('us') ? lower.slice(0, -1) : lower;
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  const stem = lower.slice(0, -2);
  if (/([^aeiou])\1$/.test(stem) && !KEEPS_DOUBLE.has(stem)) return stem.slice(0, -1);
  if (SILENT_E.has(`${stem}e`)) return `${stem}e`;
  if (stem.endsWith('e') || /([^aeiou])\1$/.test(stem)) return stem;
  // Unknown words lost an "e" in these endings: solved, calculated, handled, determined, decided, secured, compared.
  return /(?:v|[^aeiou]at|[^aeiou]l|[^aeiou]in|[^aeiou]id|[^aeiou]ur|[^aeiou]ar)$/.test(stem) ? `${stem}e` : stem;
}

/** "ship" → "shipping", "make" → "making", "refund" → "refunding". */
export function gerundOf(base: string): string {
  const lower = base.toLowerCase();
  const dash = lower.lastIndexOf('-');
  if (dash > 0) return lower.slice(0, dash + 1) + gerundOf(lower.slice(dash + 1));
  if (lower === 'be') return 'being';
  if (/ie$/.test(lower)) return `${lower.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(lower) || /[^e]ue$/.test(lower)) return `${lower.slice(0, -1)}ing`;
  if (doublesFinal(lower)) return `${lower}${lower.at(-1)}ing`;
  return `${lower}ing`;
}

/** "enter" → "entered", "send" → "sent", "submit" → "submitted". */
export function participleOf(base: string): string {
  const lower = base.toLowerCase();
  const irregular = PARTICIPLE.get(lower);
  if (irregular) return irregular;
  if (/e$/.test(lower)) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (doublesFinal(lower) && VOWEL.test(lower)) return `${lower}${lower.at(-1)}ed`;
  return `${lower}ed`;
}

/** "handle" → "handles", "set" → "sets", "deal with" → "deals with". */
export function thirdPersonOf(base: string): string {
  const [verb = '', ...rest] = base.toLowerCase().split(' ');
  const inflected = /(?:s|sh|ch|x|z|o)$/.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  return [inflected, ...rest].join(' ');
}
