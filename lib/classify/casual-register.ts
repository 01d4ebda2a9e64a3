/**
 * The register gate switched on (off in the product: train-config.ts, eighth pass, says why):
 * messages the gate reads as casual talk among people are scored by the casual-talk weights
 * (GoEmotions alone, scripts/train-casual-weights.ts); messages to a company keep the
 * support-tuned ones. Evaluations opt in with --gated (eval-emotions, eval-upset).
 */
import { cueMatches } from '@/lib/classify/apply-cues';
import { CASUAL_MODEL, CASUAL_POINTS } from '@/lib/classify/casual-weights.generated';
import { MOOD_CUES } from '@/lib/classify/cues';
import { unpackModel, type LinearModel } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';
import { readsAsCasualTalk } from '@/lib/classify/register-gate';
import { REGISTER_GATE } from '@/lib/classify/register-gate.generated';
import { pickWeightsWith } from '@/lib/classify/score-message';

/**
 * Phrases that only a customer writes to a company ("I still haven't received a response",
 * "on hold for an hour"): the support weights keep their floors as a guarantee, so a message with
 * one stays on them whatever the gate reads from its other words (a short complaint can read casual).
 */
const SUPPORT_PHRASES = MOOD_CUES.filter((cue) => PACKED_MODEL.keptFloors?.includes(cue.id));

export const hasSupportPhrase = (text: string) => SUPPORT_PHRASES.some((cue) => cueMatches(cue, text));

let casualModel: LinearModel | undefined;

export function switchRegisterGate(on = true): void {
  pickWeightsWith(
    on
      ? (text, tokens) => {
          if (!readsAsCasualTalk(REGISTER_GATE, text, tokens) || hasSupportPhrase(text)) return null;
          casualModel ??= unpackModel(CASUAL_MODEL);
          return { model: casualModel, points: CASUAL_POINTS };
        }
      : null,
  );
}
