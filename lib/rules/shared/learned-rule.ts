import { defineRule, report, type Rule, type RuleMeta } from '@/lib/engine/rule';
import type { ProblemCategory } from '@/lib/engine/types';
import { draftOffersSomething } from '@/lib/rules/shared/cues';
import { draftOpinion, LEARNED_SILENT_WHEN, unpackDraftModel } from '@/lib/rules/shared/draft-model';
import { DRAFT_MODEL } from '@/lib/rules/shared/draft-model-weights.generated';

/**
 * A learned-* rule: the second opinion of draft-model.ts for one problem category. It points
 * at the sentence that weighed most, at 'likely' or 'possible' certainty only, and speaks only
 * when no rule found the category (run-rules.ts), so every finding a rule makes still comes
 * with the exact words and the reason, and the model never hides one.
 */
let table: ReturnType<typeof unpackDraftModel> | null = null;

export function learnedRule(
  meta: Omit<RuleMeta<'learned'>, 'secondOpinion' | 'judges'> & { category: ProblemCategory },
): Rule<'learned'> {
  // The opinion sums every sentence of the draft and the reply's own facts, and its operating points
  // were chosen on finished replies only: on a reply still being typed it reads something it was
  // never measured on (the learned blame spoke on 151 half-typed good training replies, issue 15).
  const full: RuleMeta<'learned'> = { ...meta, secondOpinion: true, judges: 'reply' };
  const index = DRAFT_MODEL.categories.indexOf(meta.category);
  const silentWhen = LEARNED_SILENT_WHEN[meta.category];
  return defineRule({
    meta: full,
    check: (context) => {
      if (index === -1 || context.sentences.length === 0 || silentWhen?.(context)) return [];
      table ??= unpackDraftModel(DRAFT_MODEL);
      const opinion = draftOpinion(context, DRAFT_MODEL, table);
      const logit = opinion.logits[index]!;
      const sentence = context.sentences[opinion.strongest[index]!];
      const points = draftOffersSomething(context) ? DRAFT_MODEL.offering : DRAFT_MODEL.bare;
      if (!sentence || logit < points.possible[index]!) return [];
      const certainty = logit >= points.likely[index]! ? 'likely' : 'possible';
      return [report(full, context, sentence.start, sentence.end, 'learned', certainty)];
    },
  });
}
