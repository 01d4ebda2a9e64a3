/**
 * The register gate's choice of weights (train-config.ts, eighth and eleventh passes): a message the
 * gate reads as casual talk among people is scored by the casual-talk weights (the support weights
 * plus a small delta fitted on GoEmotions alone, scripts/train-casual-weights.ts) at their own
 * points; messages to a company keep the support-tuned weights. On in the product since the
 * eleventh pass; score-message.ts's switchRegisterGate(false) turns it off for comparisons.
 */
import { cueMatches } from '@/lib/classify/apply-cues';
import type { OperatingPoints } from '@/lib/classify/calibration';
import { CASUAL_MODEL, CASUAL_POINTS } from '@/lib/classify/casual-weights.generated';
import { MOOD_CUES } from '@/lib/classify/cues';
import { addModels, unpackModel, type LinearModel, type ModelSignal } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';
import { readsAsCasualTalk } from '@/lib/classify/register-gate';
import { REGISTER_GATE } from '@/lib/classify/register-gate.generated';
import { shippedWeights } from '@/lib/classify/shipped-weights';
import type { Token } from '@/lib/classify/tokenize';

/** Other weights and points for some messages, or null for the shipped ones. */
export type WeightsPicker = (
  text: string,
  tokens: Token[],
) => { model: LinearModel; points: Record<ModelSignal, OperatingPoints> } | null;

/**
 * Phrases that only a customer writes to a company ("I still haven't received a response",
 * "on hold for an hour"): the support weights keep their floors as a guarantee, so a message with
 * one stays on them whatever the gate reads from its other words (a short complaint can read casual).
 */
const SUPPORT_PHRASES = MOOD_CUES.filter((cue) => PACKED_MODEL.keptFloors?.includes(cue.id));

export const hasSupportPhrase = (text: string) => SUPPORT_PHRASES.some((cue) => cueMatches(cue, text));

let casualModel: LinearModel | undefined;

export const pickCasualWeights: WeightsPicker = (text, tokens) => {
  if (!readsAsCasualTalk(REGISTER_GATE, text, tokens) || hasSupportPhrase(text)) return null;
  // Shipped as a small delta on the support weights (scripts/casual-delta.ts): summed once.
  casualModel ??= addModels(shippedWeights(), unpackModel(CASUAL_MODEL));
  return { model: casualModel, points: CASUAL_POINTS };
};
