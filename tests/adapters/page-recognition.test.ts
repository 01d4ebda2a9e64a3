// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { recogniseSelfHosted } from '@/lib/adapters/self-hosted';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { FIXTURES_ROOT, loadFixture } from '@/tests/adapters/fixture-suite';

/**
 * Page recognition in github-url-detection's style: each recogniser is true on its
 * own example pages and false on every other saved page, other products' and the
 * generic ones (osTicket, FreeScout, invented custom desks) alike.
 */

const RECOGNISING = ADAPTERS.filter((adapter) => adapter.selfHosted);

/** Every saved page under a fixture folder, sub-folders included (RT keeps its non-ticket pages apart). */
function pagesOf(folder: string): string[] {
  return readdirSync(join(FIXTURES_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('frames/') && !file.startsWith('late/history'))
    .map((file) => file.slice(0, -'.html'.length));
}

const FOLDERS = readdirSync(FIXTURES_ROOT);
const recognises = (adapter: HelpdeskAdapter, folder: string, page: string) => {
  loadFixture(folder, page, 'https://desk.example.test/');
  return adapter.selfHosted!.recognise(document);
};

test('Request Tracker, Zammad and Chatwoot recognise their pages', () => {
  expect(RECOGNISING.map((adapter) => adapter.id).sort()).toEqual(['chatwoot', 'request-tracker', 'zammad']);
});

describe.each(RECOGNISING.map((adapter) => [adapter.id, adapter] as const))('%s page recognition', (id, adapter) => {
  test('names example pages that exist', () => {
    expect(adapter.selfHosted!.examplePages.length).toBeGreaterThan(0);
    for (const page of adapter.selfHosted!.examplePages) expect(pagesOf(id)).toContain(page);
  });

  test('is true on its example pages', () => {
    for (const page of adapter.selfHosted!.examplePages) expect(recognises(adapter, id, page), page).toBe(true);
  });

  test('is false on every page of every other helpdesk and on the generic pages', () => {
    for (const folder of FOLDERS.filter((other) => other !== id)) {
      for (const page of pagesOf(folder)) expect(recognises(adapter, folder, page), `${folder}/${page}`).toBe(false);
    }
  });
});

test('Request Tracker is also recognised on pages that are not tickets (queue, home)', () => {
  const rt = ADAPTERS.find((adapter) => adapter.id === 'request-tracker')!;
  for (const page of ['not-tickets/queue', 'not-tickets/home'])
    expect(recognises(rt, 'request-tracker', page)).toBe(true);
});

describe('recogniseSelfHosted', () => {
  test('picks the product the page is', () => {
    loadFixture('request-tracker', 'display-angry', 'https://support.example.org/Ticket/Display.html?id=1');
    expect(recogniseSelfHosted(document, ADAPTERS)?.id).toBe('request-tracker');
    loadFixture('zammad', 'self-hosted-ticket-zoom', 'https://helpdesk.example.org/#ticket/zoom/311');
    expect(recogniseSelfHosted(document, ADAPTERS)?.id).toBe('zammad');
  });

  test('leaves unknown products to generic detection', () => {
    for (const page of pagesOf('generic')) {
      loadFixture('generic', page, 'https://desk.example.test/');
      expect(recogniseSelfHosted(document, ADAPTERS), page).toBeNull();
    }
  });

  test('a recogniser that throws does not keep the next one from answering', () => {
    loadFixture('request-tracker', 'display-angry', 'https://support.example.org/Ticket/Display.html?id=1');
    const broken = {
      ...ADAPTERS[0]!,
      selfHosted: {
        examplePages: [],
        ticketKey: () => null,
        recognise: () => {
          throw new Error('odd page');
        },
      },
    };
    expect(recogniseSelfHosted(document, [broken, ...ADAPTERS])?.id).toBe('request-tracker');
  });
});
