import type { Finding } from '@/lib/engine/types';

/** A problem finding on `text` in `draft`, with the holding flags under test (whole-reply-judged, only-once-closed). */
export function findingOn(
  draft: string,
  text: string,
  fields: Pick<Finding, 'ruleId' | 'category'> & Pick<Finding, 'wholeReply' | 'onlyOnceClosed'>,
): Finding {
  const start = draft.indexOf(text);
  return {
    messageId: 'test',
    kind: 'problem',
    start,
    end: start + text.length,
    text,
    why: '',
    alternatives: [],
    ...fields,
  };
}
