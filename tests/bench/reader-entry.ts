import { genericComposer, genericCustomerMessages } from '@/lib/adapters/generic';
import { findReplyBox } from '@/lib/dom/find-composer';
import { findThread } from '@/lib/dom/find-thread';

/** What tests/bench/reader.ts times inside a real page: generic reading, bundled for the browser. */
(globalThis as unknown as { __heartdeskReader: unknown }).__heartdeskReader = {
  firstThreadSearch: () => findThread(document.body),
  customerMessages: () => genericCustomerMessages(document.body),
  replyBox: () => findReplyBox(document.body, null),
  composer: () => genericComposer(document.body),
};
