import { describe, expect, test } from 'vitest';
import { sidebarWanted, type ReadingState } from '@/lib/content/sidebar-wanted';

const TICKET: ReadingState = {
  ticketKey: 'generic:desk.test/scp/tickets.php?id=5',
  urlNamesTicket: true,
  composerFound: false,
  noteOpen: false,
  customerMessages: [],
  settled: false,
  recipe: 'none',
};

describe('sidebarWanted', () => {
  test('shows on load as soon as the customer is read, before any reply box', () => {
    expect(sidebarWanted({ ...TICKET, customerMessages: ['Still broken'] })).toBe('show');
  });

  test('shows for a reply box or a note box alone', () => {
    expect(sidebarWanted({ ...TICKET, composerFound: true })).toBe('show');
    expect(sidebarWanted({ ...TICKET, noteOpen: true })).toBe('show');
  });

  test('waits while a ticket page is still rendering, keeping whatever is there (no flicker)', () => {
    expect(sidebarWanted(TICKET)).toBe('either');
  });

  test('once rendered with nothing read, shows on a ticket address to say so', () => {
    expect(sidebarWanted({ ...TICKET, settled: true })).toBe('show');
  });

  test('never shows on a queue or list page where nothing is read', () => {
    expect(sidebarWanted({ ...TICKET, urlNamesTicket: false, settled: true })).toBe('hide');
  });

  test('shows on a site the agent showed Heartdesk, even without an id in the address', () => {
    expect(sidebarWanted({ ...TICKET, urlNamesTicket: false, settled: true, recipe: 'stale' })).toBe('show');
  });

  test('hides off ticket views', () => {
    expect(sidebarWanted({ ...TICKET, ticketKey: null, composerFound: true })).toBe('hide');
  });
});
