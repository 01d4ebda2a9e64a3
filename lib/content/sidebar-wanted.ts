/**
 * Whether the sidebar belongs on the page now (issue 13: on load, before any
 * click; never on queue pages). A ticket view with something read earns it at
 * once; a ticket view with nothing read earns it once the page had time to
 * render, where the address names a ticket or the agent showed Heartdesk this
 * site, so the sidebar can say what it could not find. 'either' keeps what is
 * there while a newly opened ticket is still rendering (no flicker between tickets).
 */
export type SidebarWanted = 'show' | 'hide' | 'either';

export interface ReadingState {
  ticketKey: string | null;
  urlNamesTicket: boolean;
  composerFound: boolean;
  noteOpen: boolean;
  customerMessages: readonly unknown[];
  settled: boolean;
  recipe: 'none' | 'in-use' | 'stale';
}

export function sidebarWanted(state: ReadingState): SidebarWanted {
  if (state.ticketKey === null) return 'hide';
  if (state.composerFound || state.noteOpen || state.customerMessages.length > 0) return 'show';
  if (!state.settled) return 'either';
  return state.urlNamesTicket || state.recipe !== 'none' ? 'show' : 'hide';
}
