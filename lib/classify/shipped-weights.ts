/** The support-tuned weights every message is scored by unless the register gate picks the casual ones. */
import { unpackModel, type LinearModel } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';

let shipped: LinearModel | undefined;

/** Unpacked once, on first use: the first analyze pays for it, not the page load. */
export function shippedWeights(): LinearModel {
  shipped ??= unpackModel(PACKED_MODEL);
  return shipped;
}
