import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { andHereIsWhatICanDo } from '@/lib/coach/rewrites/ways-forward';

/**
 * Another party's doing as the whole answer: the agent's sentence stays (the customer may need
 * to know who is involved) and gains what the agent will do about it, and by when. Coaching
 * seed 002: "what you can do for them instead of what you can't do".
 */
export const someoneElse: RewriteBuilder = ({ sentence }) => [andHereIsWhatICanDo(sentence)];
