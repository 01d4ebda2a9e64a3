import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * The customer's own step asked back as the whole answer: "Did you use the original charger?",
 * "Have you checked the stop tap is fully open?", "Were you using our charger?", "Are you typing
 * it correctly?". Drafts by other hands (issue 15) labelled such replies blame nearly every time,
 * and no good reply among them asked this way with nothing else said; next to help, the same
 * question is troubleshooting, so the rules read these only in a reply that offers nothing.
 * Asking whether something reached them ("Did you get the email?") or what they need is a real
 * question and never matches, and so does looking in spam. "Have you tried restarting it?" is
 * left to troubleshooting (talk-down-shapes.ts).
 */
const OPENING = "^(?:(?:well|so|ok|okay|first(?: of all)?|hi|hey|hello|dear)(?: [\\w.'-]+){0,3},? )?";
const NOT_THEIR_DEED =
  '(?!(?:get|got|receive|received|need|needed|want|wanted|know|mean|meant|hear|heard|see|seen|enjoy|enjoyed|like|liked|find|found|manage|managed|have (?:a|any) (?:chance|question)|had (?:a|any) (?:chance|question)|been (?:affected|charged|told|contacted|sent|given|offered))\\b)';

export const DEEDS_ASKED_BACK = anchoredShapes([
  [
    'did have were',
    `${OPENING}(?:did you|have you|were you)(?: not)? ${NOT_THEIR_DEED}(?!tried\\b|thought\\b|considered\\b|(?:check|checked|look|looked) (?:in )?(?:your )?(?:spam|junk|inbox)\\b)[a-z][^.!?\\n]{0,120}\\?`,
  ],
  [
    'sure certain using typing entering reading',
    `${OPENING}are you (?:sure|certain|using|typing|entering|reading)(?![\\w'])[^.!?\\n]{0,120}\\?`,
  ],
]);
