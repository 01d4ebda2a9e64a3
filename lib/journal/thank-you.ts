import { t } from '@/lib/i18n';

/**
 * Thanking a teammate (issue 16, after the seed article on Customer Service Week:
 * people notice thanks that name what the colleague did and what it changed). The
 * built-in openers only start a sentence; a thank-you is accepted once the agent
 * has written the specific part themselves, so it is never a canned line.
 */

/** Message keys of the openers offered as a start (messages.json `thanks_opener_*`). */
export const THANKS_OPENERS = [
  'thanks_opener_thankYouFor',
  'thanks_opener_appreciated',
  'thanks_opener_becauseOfYou',
  'thanks_opener_madeADifference',
] as const;

/** Words the agent must add of their own beyond any opener. */
export const MIN_OWN_WORDS = 3;
export const MAX_NAME_LENGTH = 80;
export const MAX_THANKS_LENGTH = 1_000;

const words = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));

/**
 * How many of the agent's own words a message has: the words after the longest
 * opener it starts with (compared without case or trailing dots and spaces).
 */
export function ownWords(message: string, openers: readonly string[]): number {
  const text = message.trim();
  const fold = (value: string) => withoutTrailingDots(value.toLocaleLowerCase());
  const opener = openers
    .map(fold)
    .filter((candidate) => candidate && fold(text).startsWith(candidate))
    .sort((a, b) => b.length - a.length)[0];
  return words(opener ? text.slice(opener.length) : text).length;
}

/** Drops trailing spaces and dots by walking back from the end (a `[…]+$` pattern rescans long runs). */
function withoutTrailingDots(value: string): string {
  let end = value.length;
  while (end > 0 && /[\s.…]/u.test(value[end - 1]!)) end -= 1;
  return value.slice(0, end);
}

export type ThanksProblem = 'no-name' | 'too-short' | 'too-long';

export function checkThanks(name: string, message: string, openers: readonly string[]): ThanksProblem | undefined {
  if (!name.trim()) return 'no-name';
  if (message.trim().length > MAX_THANKS_LENGTH || name.trim().length > MAX_NAME_LENGTH) return 'too-long';
  if (ownWords(message, openers) < MIN_OWN_WORDS) return 'too-short';
  return undefined;
}

/** Tags every thank-you win carries, so they can be found together. */
export const THANKS_TAGS = ['thanks'];

/** The note to paste in the team's chat: the agent's words, led by the name unless they already used it. */
export function composeThanks(
  name: string,
  message: string,
  template: (name: string, message: string) => string,
): string {
  const who = name.trim();
  const said = message.trim();
  return said.toLocaleLowerCase().includes(who.toLocaleLowerCase()) ? said : template(who, said);
}

const PROBLEM_KEYS: Record<ThanksProblem, string> = {
  'no-name': 'thanks_problemName',
  'too-short': 'thanks_problemOwnWords',
  'too-long': 'thanks_problemTooLong',
};

/** The form's rules in the agent's language: openers, what stops a thank-you, and the note to paste. */
export function thanksRules() {
  const openers = THANKS_OPENERS.map((key) => t(key));
  return {
    openers,
    problem: (name: string, message: string) => {
      const problem = checkThanks(name, message, openers);
      return problem && t(PROBLEM_KEYS[problem]);
    },
    compose: (name: string, message: string) =>
      composeThanks(name, message, (who, said) => t('thanks_compose', who, said)),
  };
}
