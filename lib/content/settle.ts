/**
 * How long a ticket page gets to render (late history included: Request Tracker
 * loads it after the page) before "nothing found" is said rather than "still
 * reading". Shared by the detector and the sidebar's watcher; its own file so
 * the small detector bundle does not carry the watcher.
 */
export const SETTLE_MS = 2_500;
