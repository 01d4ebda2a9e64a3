import {
  envelopeSchema,
  MESSAGES,
  type MessagePayload,
  type MessageResponse,
  type MessageType,
  type SenderKind,
} from '@/lib/messaging/protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Who sent it, judged from what the browser (not the message) says. */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return 'foreign';
}

export type Handlers = {
  [T in MessageType]: (payload: MessagePayload<T>, sender: SenderInfo) => Promise<unknown>;
};

/**
 * Validates the envelope, the sender and the payload before any handler runs.
 * Never throws: malformed or unauthorised messages get `{ ok: false }` and cause no write.
 */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return async (message: unknown, sender: SenderInfo): Promise<MessageResponse> => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return { ok: false, error: 'Malformed message.' };
    const type = envelope.data.type;
    if (!Object.hasOwn(MESSAGES, type)) return { ok: false, error: `Unknown message type.` };
    const spec = MESSAGES[type as MessageType];
    const kind = classifySender(sender, extensionId, extensionOrigin);
    if (!spec.senders.includes(kind)) return { ok: false, error: 'This sender may not send that message.' };
    const payload = spec.payload.safeParse(envelope.data.payload);
    if (!payload.success) return { ok: false, error: 'Malformed message payload.' };
    try {
      const handler = handlers[type as MessageType] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, data: await handler(payload.data, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
