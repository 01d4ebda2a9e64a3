import { ALTERNATIVE_CUE, FOLLOW_UP_CUE } from '@/lib/rules/shared/cues';
import { findRefusals } from '@/lib/rules/shared/refusals';
import type { RuleContext, RuleFinding } from '@/lib/engine/rule';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import type { ChecklistItem, Mood } from '@/lib/engine/types';

/**
 * The pre-send check (product.md): feelings acknowledged when the customer was upset,
 * what we can do, any "no" with who/when, a next step. Built from the rules' raw
 * findings, so muting a nudge does not change what the check sees.
 */

// "Longer than a line or two": a two-line status update needs no feelings line.
const SUBSTANTIAL_CHARS = 160;
const SUBSTANTIAL_SENTENCES = 3;
const CAN_DO = /\b(?:yes|sure|of course|absolutely|done|here's|here is)\b/i;
const OFFER_OR_STEP =
  /\b(?:would you like|shall I|do you want me|which (?:\w+ )?(?:would|do) you prefer|just (?:confirm|reply|say)|reply (?:here|'yes'|yes)|let me know (?:which|if|when))\b|^(?:go|open|tap|click|hold|choose|select|reply|send|upload|sign|pick|list|take|try|check|use|enter|fully close)\b/i;

function onlyGrateful(mood: Mood): boolean {
  const { gratitude, frustration, confusion, urgency, sadness } = mood.signals;
  return gratitude.level !== 'none' && [frustration, confusion, urgency, sadness].every((s) => s.level === 'none');
}

function has(findings: RuleFinding[], category: RuleFinding['category']): boolean {
  return findings.some((finding) => finding.category === category);
}

function writtenLength(context: RuleContext): number {
  let length = 0;
  for (const sentence of context.sentences) length += sentence.end - sentence.start + 1;
  return length;
}

function anySentence(context: RuleContext, pattern: RegExp): boolean {
  return context.sentences.some((_, index) => sentenceTest(context, index, pattern));
}

export function buildChecklist(context: RuleContext, raw: RuleFinding[]): ChecklistItem[] {
  const substantial = context.sentences.length >= SUBSTANTIAL_SENTENCES || writtenLength(context) >= SUBSTANTIAL_CHARS;
  const thankYouExchange = onlyGrateful(context.mood);

  const feelings: ChecklistItem['status'] = !context.mood.upset
    ? 'not-needed'
    : has(raw, 'acknowledgement')
      ? 'done'
      : substantial
        ? 'missing'
        : 'not-needed';

  const canDo: ChecklistItem['status'] =
    has(raw, 'ownership') ||
    has(raw, 'next-step') ||
    anySentence(context, ALTERNATIVE_CUE) ||
    anySentence(context, CAN_DO)
      ? 'done'
      : thankYouExchange
        ? 'not-needed'
        : 'missing';

  const refusals = findRefusals(context);
  const noHasAlternative: ChecklistItem['status'] =
    refusals.length === 0 ? 'not-needed' : refusals.every((refusal) => refusal.hasAlternative) ? 'done' : 'missing';

  const nextStep: ChecklistItem['status'] =
    has(raw, 'next-step') || anySentence(context, FOLLOW_UP_CUE) || anySentence(context, OFFER_OR_STEP)
      ? 'done'
      : thankYouExchange
        ? 'not-needed'
        : 'missing';

  return [
    { id: 'feelings', status: feelings },
    { id: 'can-do', status: canDo },
    { id: 'no-has-alternative', status: noHasAlternative },
    { id: 'next-step', status: nextStep },
  ];
}
