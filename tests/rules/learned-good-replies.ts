import type { ValidCase } from '@/tests/rules/rule-table';

/** Good replies every learned second opinion must leave alone, even at high sensitivity. */
export const LEARNED_GOOD_REPLIES: ValidCase[] = [
  'Hi Sam, I’ve refunded the £12 and it will show by Friday. Thanks for your patience!',
  'Your parcel left our depot this morning and should arrive tomorrow.',
  'Thanks for the photos. I’ve sent a replacement by tracked post, arriving Thursday.',
  // Short, so its few words weigh heavily; "I can do" also sits in "there's nothing I can do".
  'Here’s what I can do: a full refund.',
  // Another language: the weights are English, so a Spanish "no" gets no guess (draft-model.ts ENGLISH_WORD).
  'Hola Ana, lo siento mucho. No podemos cambiar el pedido.',
  // Issue 15's near misses: a no with what we did instead, and not knowing yet with when we will.
  'We don’t deliver on Sundays, but I can book Saturday for you.',
  'We can’t refund it, but I’ve sent a replacement.',
  'I don’t know yet, I’ll find out by 3 pm.',
  // The openings and thanks a reply starts with: shown as soon as the sentence ends, so a guess there nags at once.
  'Thanks for your patience.',
  'Hi Sam, thanks for getting in touch.',
  'Thanks for getting back to me so quickly.',
  'I’m so sorry to hear about your dad.',
  'That’s not the experience we want you to have.',
  // A reply the helpdesk restores into the box (Front's fixture): judged as soon as the sidebar opens.
  'Thanks Eva, we got them.',
  'Got it, thanks!',
].map((draft) => ({ draft, settings: { sensitivity: 'high' } }));
