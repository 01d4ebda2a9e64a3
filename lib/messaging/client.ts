import { browser } from 'wxt/browser';
import type { MessagePayload, MessageResponse, MessageType } from '@/lib/messaging/protocol';
import { FOCUS_SIDEBAR } from '@/lib/messaging/to-sidebar';

export class ExtensionUpdatedError extends Error {
  constructor() {
    super('Heartdesk was updated or reloaded. Reload this tab to keep using it.');
    this.name = 'ExtensionUpdatedError';
  }
}

/** True once the extension was reloaded or updated under this content script. */
export function extensionContextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

const RETRY_DELAYS_MS = [150, 600];

/**
 * Sends a typed message to the background. The service worker may be asleep or
 * restarting: retries are safe because every write carries a client id.
 */
export async function sendToBackground<T extends MessageType, R = unknown>(
  type: T,
  payload: MessagePayload<T>,
): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    if (extensionContextGone()) throw new ExtensionUpdatedError();
    try {
      const response = (await browser.runtime.sendMessage({ type, payload })) as MessageResponse<R> | undefined;
      if (!response) throw new Error('No answer from Heartdesk’s background.');
      if (!response.ok) throw new Error(response.error);
      return response.data;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/context invalidated/i.test(message)) throw new ExtensionUpdatedError();
      // "message channel/port closed": the worker was stopped while handling it (seen in
      // tests/e2e/hardening-service-worker.e2e.ts). The write may or may not have landed;
      // retrying is safe because saves carry a client id and `put` is idempotent.
      const transient =
        /Receiving end does not exist|Could not establish connection|No answer|message (channel|port) closed/i.test(
          message,
        );
      const delay = RETRY_DELAYS_MS[attempt];
      if (!transient || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Calls `onFocus` when the background relays the "focus the sidebar" shortcut. Only this
 * extension can message a content script; the message carries nothing but its name.
 */
export function listenForFocusCommand(onFocus: () => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === FOCUS_SIDEBAR) onFocus();
  };
  try {
    browser.runtime.onMessage.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension was reloaded: nothing left to remove.
    }
  };
}
