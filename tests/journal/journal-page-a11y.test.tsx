// @vitest-environment happy-dom
import axe from 'axe-core';
import { cleanup, configure, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { importWins } from '@/lib/db/import-wins';
import { recordNudgeEvent } from '@/lib/db/nudge-stats';
import { JournalPage } from '@/components/journal/JournalPage';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';

// happy-dom's IntersectionObserver never reports anything in view; without one, the
// charts load at once (useInView), as they do in Chromium once scrolled to (tests/e2e/journal.e2e.ts).
vi.stubGlobal('IntersectionObserver', undefined);

// IndexedDB work in fake-indexeddb can exceed the 1 s default on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

const NOW = new Date(2026, 10, 22, 12).getTime();
const db = new JournalDatabase(uniqueDbName('a11y'));
afterEach(() => {
  cleanup();
  db.close();
});

it('has no serious or critical axe violations (colour contrast is checked in Chromium, not here)', async () => {
  await db.open();
  await importWins(
    db,
    [makeWin(1, { createdAt: NOW - 86_400_000, tags: ['vip'], ticketUrl: 'https://a.example/t/1' })],
    'replace',
  );
  await recordNudgeEvent(db, 'excuse-policy', 'seen', NOW);
  const { container } = render(<JournalPage db={db} now={() => NOW} />);
  await screen.findByText(makeWin(1).text);
  await screen.findAllByRole('img');
  // The stats name the rule in plain words, never by its id (issue 14).
  await screen.findByText('Policy as the reason');
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`),
  ).toEqual([]);
});
