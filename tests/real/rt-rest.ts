import { execFileSync } from 'node:child_process';
import { RT_MAILGATE } from '@/tests/real/rt-paths';

/**
 * RT's REST 1.0, as root (the first login of a fresh install), and its mail
 * gateway. REST 1.0 answers `RT/5.0.3 200 Ok` followed by RFC-822-like text.
 */
const ROOT = { user: 'root', pass: 'password' };

async function rest(apiBase: string, path: string, content?: string): Promise<string> {
  const body = new URLSearchParams({ ...ROOT, ...(content === undefined ? {} : { content }) });
  const response = await fetch(`${apiBase}/REST/1.0/${path}`, { method: 'POST', body });
  const text = await response.text();
  if (!response.ok || !/^RT\/\S+ 200 Ok/.test(text)) throw new Error(`REST ${path} failed: ${text.slice(0, 500)}`);
  return text.replace(/^RT\/\S+ 200 Ok\n\n/, '');
}

/** REST 1.0 fields: continuation lines of a multi-line value start with a space. */
function field(name: string, value: string): string {
  return `${name}: ${value.split('\n').join('\n ')}`;
}

export async function createTicket(
  apiBase: string,
  ticket: { subject: string; requestor: string; text: string },
): Promise<number> {
  const answer = await rest(
    apiBase,
    'ticket/new',
    [
      'id: ticket/new',
      'Queue: General',
      `Requestor: ${ticket.requestor}`,
      field('Subject', ticket.subject),
      field('Text', ticket.text),
    ].join('\n'),
  );
  const id = /# Ticket (\d+) created/.exec(answer)?.[1];
  if (!id) throw new Error(`RT did not create the ticket: ${answer}`);
  return Number(id);
}

/** A staff reply to the requestor (`correspond`) or an internal note (`comment`). */
export async function staffUpdate(
  apiBase: string,
  id: number,
  action: 'correspond' | 'comment',
  text: string,
): Promise<void> {
  const answer = await rest(
    apiBase,
    `ticket/${id}/comment`,
    [`id: ${id}`, `Action: ${action}`, field('Text', text)].join('\n'),
  );
  if (!/(Correspondence|Comments) added|Message recorded/i.test(answer)) throw new Error(`RT refused it: ${answer}`);
}

/** Ticket ids whose subject is exactly `subject`. */
export async function findTickets(apiBase: string, subject: string): Promise<number[]> {
  const query = `Subject = '${subject.replace(/'/g, "\\'")}'`;
  const answer = await rest(apiBase, `search/ticket?query=${encodeURIComponent(query)}&orderby=id&format=i`);
  return [...answer.matchAll(/^ticket\/(\d+)$/gm)].map((match) => Number(match[1]));
}

export interface HistoryEntry {
  id: number;
  type: string;
  creator: string;
  content: string;
}

/** The ticket's transactions in order, with the text RT stored for each. */
export async function history(apiBase: string, id: number): Promise<HistoryEntry[]> {
  const answer = await rest(apiBase, `ticket/${id}/history?format=l`);
  return answer
    .split(/^--$/m)
    .map((block) => {
      const value = (name: string) => new RegExp(`^${name}: ?(.*)$`, 'm').exec(block)?.[1] ?? '';
      // Content runs until the Creator field; its continuation lines are indented by 9 spaces.
      const content = /^Content: ([\s\S]*?)\n+(?=Creator:)/m.exec(block)?.[1] ?? '';
      return {
        id: Number(value('id')),
        type: value('Type'),
        creator: value('Creator'),
        content: content.replace(/\n {9}/g, '\n'),
      };
    })
    .filter((entry) => entry.id > 0);
}

/** Raw content of one attachment (for an HTML reply, the HTML CKEditor produced). */
export async function attachmentContent(apiBase: string, ticket: number, attachment: number): Promise<string> {
  return rest(apiBase, `ticket/${ticket}/attachments/${attachment}/content`);
}

/**
 * Mail from `from` into the General queue, as a customer's mail client would
 * send it: a new ticket, or with `[rt.vm #N]` in the subject a follow-up on N.
 */
export function mailFromRequestor(
  apiBase: string,
  mail: { from: { name: string; email: string }; subject: string; text: string; ticket?: number; date: Date },
): void {
  const subject = mail.ticket === undefined ? mail.subject : `Re: [rt.vm #${mail.ticket}] ${mail.subject}`;
  const message = [
    `From: ${mail.from.name} <${mail.from.email}>`,
    'To: rt@vm',
    `Subject: ${subject}`,
    `Date: ${mail.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${mail.date.getTime()}.${Math.random().toString(36).slice(2)}@example.com>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    mail.text,
    '',
  ].join('\n');
  execFileSync(RT_MAILGATE, ['--queue', 'General', '--action', 'correspond', '--url', `${apiBase}/`], {
    input: message,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
