import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Win, WinKind } from '@/lib/journal/win-schema';

const DAY = 86_400_000;

/** A support agent's wins as they would write them (kind, words, ticket subject, note, tags). */
const SAMPLES: Array<[WinKind, string, string?, string?, string[]?]> = [
  [
    'thank-you',
    '“You saved my week, thank you for sticking with this.”',
    'Refund for order 4471',
    'Third try worked',
    ['billing', 'refunds'],
  ],
  [
    'save',
    'Customer was about to cancel over a double charge; refunded both and they stayed.',
    'Charged twice for the annual plan',
    undefined,
    ['billing', 'churn'],
  ],
  [
    'compliment',
    'Manager wrote in to say my walkthrough was the clearest they had seen.',
    'SSO setup for 40 seats',
    undefined,
    ['onboarding'],
  ],
  [
    'learned',
    'Learned how webhooks retry: three times, then they give up. Wrote it up for the team.',
    undefined,
    undefined,
    ['webhooks'],
  ],
  [
    'teamwork',
    'Sam took my queue for an hour so I could finish the outage write-up.',
    undefined,
    'Thank Sam in stand-up',
    ['team'],
  ],
  [
    'above-and-beyond',
    'Stayed on a call past my shift so a nurse could export her patient schedule before Monday.',
    'Export stuck at 99 %',
    undefined,
    ['exports'],
  ],
  [
    'thank-you',
    '“Clear, kind and fast. Wish every support team was like this.”',
    'Invoice address change',
    undefined,
    ['billing'],
  ],
  [
    'save',
    'Untangled a merge of two accounts without losing their history.',
    'Two accounts after the email change',
    'Documented the steps',
    ['accounts'],
  ],
  [
    'compliment',
    'Got a 5-star rating with “patient and never made me feel stupid”.',
    'Password reset loop',
    undefined,
    ['login'],
  ],
  [
    'learned',
    'Asked QA how the sync queue works; now I can spot a stuck job from the log.',
    undefined,
    undefined,
    ['sync'],
  ],
  [
    'thank-you',
    'שלום — customer thanked me in Hebrew and English 🎉',
    'Hebrew invoices show boxes',
    undefined,
    ['rtl', 'billing'],
  ],
  [
    'teamwork',
    'Paired with Priya on the de-escalation macro; we cut it to three sentences.',
    undefined,
    undefined,
    ['de-escalation'],
  ],
];

/** `count` wins over the last `days` days, the newest few in the current week; deterministic. */
export function sampleWins(now: number, count = 48, days = 280): Win[] {
  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, index) => {
    const [kind, text, ticketSubject, note, tags] = SAMPLES[index % SAMPLES.length]!;
    // The first six fall in the last four days (this week's summary), the rest spread back.
    const ago = index < 6 ? index * 0.6 * DAY : (4 + next() * (days - 4)) * DAY;
    const createdAt = Math.floor(now - ago - (index < 6 ? 2 * 3_600_000 : 0));
    const win: Win = {
      id: `e2e-win-${String(index).padStart(4, '0')}`,
      createdAt,
      text,
      kind,
      tags: tags ?? [],
      source: index % 3 === 0 ? 'sidebar' : 'popup',
    };
    if (ticketSubject) {
      win.ticketSubject = ticketSubject;
      win.ticketUrl = `https://acme.zendesk.com/agent/tickets/${4400 + index}`;
      win.site = 'acme.zendesk.com';
    }
    if (note) win.note = note;
    return win;
  });
}

function write(name: string, data: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'heartdesk-journal-')), name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

/** A backup of these wins as Heartdesk writes it now. */
export const writeBackupFile = (wins: Win[]) =>
  write('heartdesk-backup.json', {
    format: 'heartdesk-backup',
    version: 2,
    exportedAt: new Date().toISOString(),
    madeBy: '0.1.0',
    parts: { wins: { version: 3, data: wins } },
  });

/** The options page's backup before issue 16 (stored rows with their derived words): it must still restore. */
export const writeOldOptionsBackup = (wins: Win[]) =>
  write('old-options-backup.json', {
    format: 'heartdesk-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    wins: wins.map((win) => ({ ...win, words: win.text.toLowerCase().split(/\W+/).filter(Boolean) })),
    preferences: {},
    customPacks: [],
  });
