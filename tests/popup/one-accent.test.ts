import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The extension's own pages and the sidebar wear one accent, light and dark, so the agent
// recognises Heartdesk wherever it opens.
const PAGES = [
  'sidebar/sidebar.css',
  'popup/popup.css',
  'journal/journal.css',
  'options/options.css',
  'welcome/welcome.css',
];

/** Each `--…accent:` value in the file, in order: the light theme first, then the dark one. */
function accents(page: string): string[] {
  const css = readFileSync(`components/${page}`, 'utf8');
  return [...css.matchAll(/--(?:hd-|jr-)?accent:\s*(#[0-9a-f]{3,8})/gi)].map(([, colour]) => colour!.toLowerCase());
}

describe('one accent colour', () => {
  it('every page declares the sidebar’s accent, light and dark', () => {
    const sidebar = accents('sidebar/sidebar.css');
    expect(sidebar).toHaveLength(2);
    for (const page of PAGES) expect({ page, accents: accents(page) }).toEqual({ page, accents: sidebar });
  });
});
