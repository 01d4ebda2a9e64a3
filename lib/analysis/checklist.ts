import type { RuleContext, RuleFinding } from '@/lib/engine/rule';
import type { ChecklistItem, Mood, Quote } from '@/lib/engine/types';
import { findCanDo } from '@/lib/analysis/checklist-can-do';
import { findDoneAlready, findNextStep } from '@/lib/analysis/checklist-next-step';
import { quoteEnd } from '@/lib/analysis/first-clean-match';
import { settledRefusals, typingFrom } from '@/lib/analysis/checklist-typing';
import { answerOf } from '@/lib/analysis/checklist-no-answer';

/**
 * The pre-send check (product.md): feelings acknowledged when the customer was upset,
 * what we can do, any "no" with who/when, a next step. Built from the rules' raw
 * findings, so muting a nudge does not change what the check sees. Each tick carries the
 * words that earned it, so the agent can see why it ticked (issue 14).
 */

type Status = ChecklistItem['status'];

function onlyGrateful(mood: Mood): boolean {
  const { gratitude, frustration, confusion, urgency, sadness } = mood.signals;
  return gratitude.level !== 'none' && [frustration, confusion, urgency, sadness].every((s) => s.level === 'none');
}

/** A finding's words, run on to the end of their clause ("I'm so sorry you had to write three times"). */
function quoteOf(context: RuleContext, finding: RuleFinding | undefined): Quote | undefined {
  if (!finding) return undefined;
  const end = finding.end + quoteEnd(context.draft.slice(finding.end), 0);
  return { start: finding.start, end, text: context.draft.slice(finding.start, end) };
}

function item(id: ChecklistItem['id'], status: Status, evidence?: Quote | null): ChecklistItem {
  return status === 'done' && evidence ? { id, status, evidence } : { id, status };
}

/**
 * A next step to come ticks the item; failing that, a remedy already done passes it as "none
 * needed", quoting the remedy, so the line never claims a next step the reply does not have.
 */
function nextStepItem(context: RuleContext, raw: RuleFinding[], orElse: Status): ChecklistItem {
  const nextStep = findNextStep(context, raw);
  if (nextStep) return item('next-step', 'done', nextStep);
  const doneAlready = findDoneAlready(context, raw);
  if (doneAlready) return { ...item('next-step', 'done', doneAlready), doneAlready: true };
  return item('next-step', orElse);
}

export function buildChecklist(context: RuleContext, raw: RuleFinding[]): ChecklistItem[] {
  const thankYouExchange = onlyGrateful(context.mood);

  // Words still being typed earn nothing yet (checklist-typing.ts): "I'm so sorry the order nev".
  const typing = typingFrom(context.draft);
  const acknowledged = raw.find((finding) => finding.category === 'acknowledgement' && finding.end <= typing);
  // Upset means frustration or sadness shown. However short, a reply that passes over how they
  // feel is not ready (QA 2026-12-07 finding 2: a curt one-liner to "third time… unacceptable!!"
  // was called ready because short replies skipped this item).
  const feelings: Status = !context.mood.upset ? 'not-needed' : acknowledged ? 'done' : 'missing';

  const canDo = findCanDo(context, raw);
  const refusals = settledRefusals(context);
  // A "no" the sidebar calls one with no way forward is never ticked as answered (RT screenshot,
  // 2026-12-07: "…we can't cancel mid-cycle, and the charge on 3 May stands" showed the card and
  // the tick together, the tick quoting the date): the card and the check say the same thing. A rule's
  // finding only: the learned second opinion names no words that make it a "no" to check against.
  const flaggedNo = raw.some(
    (finding) => finding.category === 'no-alternative' && !finding.secondOpinion && finding.end <= typing,
  );
  const unanswered = flaggedNo || refusals.some((refusal) => !refusal.hasAlternative);
  const orElse: Status = thankYouExchange ? 'not-needed' : 'missing';

  return [
    item('feelings', feelings, quoteOf(context, acknowledged)),
    item('can-do', canDo ? 'done' : orElse, canDo),
    refusals.length === 0 && !flaggedNo
      ? item('no-has-alternative', 'not-needed')
      : unanswered
        ? item('no-has-alternative', 'missing')
        : item('no-has-alternative', 'done', answerOf(context, refusals[0]!)),
    nextStepItem(context, raw, orElse),
  ];
}
