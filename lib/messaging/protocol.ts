import { z } from 'zod';
import {
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TICKET_SUBJECT,
  MAX_WIN_NOTE,
  MAX_WIN_TEXT,
  WIN_KINDS,
} from '@/lib/journal/win-schema';
import { MAX_WIN_ID_LENGTH, MIN_WIN_ID_LENGTH, WIN_ID_PATTERN } from '@/lib/journal/ids';
import { NUDGE_EVENTS } from '@/lib/journal/nudge-stat-row';
import { healthReportSchema } from '@/lib/sites/health';
import { MAX_REMEMBERED_MESSAGE_LENGTH, MAX_REMEMBERED_MESSAGES } from '@/lib/sites/thread-memory';

/**
 * Every message the background accepts: its payload schema (strict, with size
 * caps: content scripts are untrusted) and which senders may send it. Names
 * reveal their route. Destructive or bulk actions never appear here for
 * content scripts: extension pages do those by opening the journal themselves.
 */

// The sidebar runs in the helpdesk's page and reaches the journal only through these
// messages: the nudge events it reports are named here (type only: no code enters its bundle).
export type { NudgeEvent } from '@/lib/journal/nudge-stat-row';

export type SenderKind = 'content-script' | 'extension-page' | 'foreign';

const winId = z.string().min(MIN_WIN_ID_LENGTH).max(MAX_WIN_ID_LENGTH).regex(WIN_ID_PATTERN);
const tags = z.array(z.string().max(MAX_TAG_LENGTH)).max(MAX_TAGS);

const saveWinPayload = z.strictObject({
  /** Client-generated, so a retry after the service worker restarts writes the same row. */
  id: winId,
  text: z.string().min(1).max(MAX_WIN_TEXT),
  kind: z.enum(WIN_KINDS),
  tags: tags.optional(),
  ticketUrl: z.string().max(2048).optional(),
  /** The ticket's subject as the helpdesk page shows it, so the journal says where the win happened. */
  ticketSubject: z.string().max(MAX_TICKET_SUBJECT).optional(),
});

export const MESSAGES = {
  /** The detector found a ticket view: inject the sidebar bundle into that frame. */
  'detector→background:load-sidebar': {
    payload: z.strictObject({}),
    senders: ['content-script'] as SenderKind[],
  },
  'sidebar→background:save-win': {
    payload: saveWinPayload,
    senders: ['content-script'] as SenderKind[],
  },
  /**
   * Right after a save: the agent adds a tag or a note. Only to a win this sidebar
   * saved within the hour (lib/background/annotate-win.ts); nothing else of the journal.
   */
  'sidebar→background:annotate-win': {
    payload: z.strictObject({ id: winId, tags: tags.optional(), note: z.string().max(MAX_WIN_NOTE).optional() }),
    senders: ['content-script'] as SenderKind[],
  },
  /** A page restored many wins: write their search words in the background, even if the page closes. */
  'page→background:index-words': {
    payload: z.strictObject({}),
    senders: ['extension-page'] as SenderKind[],
  },
  /** A private counter for the journal's own stats page: which nudge, what happened to it. */
  'sidebar→background:nudge-event': {
    payload: z.strictObject({
      ruleId: z
        .string()
        .min(1)
        .max(80)
        .regex(/^[a-z0-9-]+$/),
      event: z.enum(NUDGE_EVENTS),
    }),
    senders: ['content-script'] as SenderKind[],
  },
  /** What the content script found in its tab (yes/no facts only); the tab id comes from the sender. */
  'sidebar→background:health': {
    payload: healthReportSchema,
    senders: ['content-script'] as SenderKind[],
  },
  /**
   * The customer's messages read on a ticket's page, kept in memory for this tab only, so a
   * page of the same ticket without a thread (Request Tracker's reply page) still knows the mood.
   */
  'sidebar→background:remember-thread': {
    payload: z.strictObject({
      ticketKey: z.string().min(1).max(300),
      messages: z.array(z.string().max(MAX_REMEMBERED_MESSAGE_LENGTH)).max(MAX_REMEMBERED_MESSAGES),
    }),
    senders: ['content-script'] as SenderKind[],
  },
  /** This tab's remembered messages of one ticket, or null; the tab comes from the sender. */
  'sidebar→background:recall-thread': {
    payload: z.strictObject({ ticketKey: z.string().min(1).max(300) }),
    senders: ['content-script'] as SenderKind[],
  },
  /** The health of every helpdesk tab, for the options page. */
  'page→background:health-list': {
    payload: z.strictObject({}),
    senders: ['extension-page'] as SenderKind[],
  },
  /** One past win to reread after a hard conversation (the reset card); nothing else of the journal. */
  'sidebar→background:random-win': {
    payload: z.strictObject({}),
    senders: ['content-script'] as SenderKind[],
  },
  /** The sidebar's header opens the journal or the settings in a tab of their own; nothing else can be asked. */
  'sidebar→background:open-page': {
    payload: z.strictObject({ page: z.enum(['journal', 'options']) }),
    senders: ['content-script'] as SenderKind[],
  },
  'sidebar→background:ping': {
    payload: z.strictObject({}),
    senders: ['content-script', 'extension-page'] as SenderKind[],
  },
} as const;

export type MessageType = keyof typeof MESSAGES;

export type MessagePayload<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['payload']>;

export const envelopeSchema = z.strictObject({
  type: z.string().max(80),
  payload: z.unknown(),
});

export type MessageResponse<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
