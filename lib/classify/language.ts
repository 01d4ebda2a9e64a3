/**
 * The mood model and its cues read English. A message in French, German, Spanish,
 * Portuguese, Italian or Dutch passes the Latin-script guard (guard.ts) but would be scored
 * on accidents ("!!!", a loanword, a name), so it gets no mood at all: "nothing stands out"
 * beats a wrong mood (issue 15). Decided by function words, which every sentence has: a
 * message is read only when its English ones are at least as many as the others'.
 * An English message quoting a few foreign words ("Ich habe einen Toaster bestellt... sorry,
 * my English is not so good") is still read.
 */
import type { Token } from '@/lib/classify/tokenize';

const ENGLISH = new Set(
  (
    'the a an and or but of to in on at for with from by about as is are was were be been am ' +
    "i i'm i've me my we our us you your it it's its this that these those they them their he she his her " +
    "not no don't didn't can't won't isn't haven't do does did have has had will would can could should " +
    'what why how when where which who there here please thanks thank just still again after before if so'
  ).split(' '),
);

// Common function words of the Latin-script languages customers write in, minus those that are also
// everyday English words ("die", "hat", "pour", "sin").
const OTHER = new Set(
  // German
  (
    'der das und ist nicht ich ein eine einen mit für auf wir sie es zu den dem sich mein meine ' +
    'habe haben wurde noch schon bitte danke aber oder wie warum seit keine kein ihr ihre nach ' +
    // French
    'le la les et est je pas une des du que qui avec vous nous ce mon ma mes sur dans ai été ' +
    'merci mais ou pourquoi toujours depuis votre vos commande très ' +
    // Spanish
    'el los las y es una que por para con mi mis se lo muy pero hace su sus del al ' +
    'gracias pedido todavía porque estoy tengo está ' +
    // Portuguese, Italian
    'não um uma meu minha obrigado os em já il di che sono della grazie ancora perché ' +
    // Dutch
    'het een niet ik wij met voor op van dat mijn nog geen maar bedankt waarom'
  ).split(' '),
);

/** At least this many foreign function words before a message counts as another language. */
const MIN_OTHER = 3;

export function readsAsOtherLanguage(tokens: readonly Token[]): boolean {
  let english = 0;
  let other = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (ENGLISH.has(token.norm)) english++;
    else if (OTHER.has(token.norm)) other++;
  }
  return other >= MIN_OTHER && other > english;
}
