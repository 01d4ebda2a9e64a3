import { describe, expect, test } from 'vitest';
import { genericAdapter } from '@/lib/adapters/generic';
import { ADAPTERS } from '@/lib/adapters/index';
import { t } from '@/lib/i18n';
import messages from '@/public/_locales/en/messages.json';
import { CODE_WORDS, noteOf } from '@/tests/adapters/helpdesk-note';

/** The notes under each helpdesk on the Sites tab: translated, plain, and naming only labels the agent can find. */

const EVERY_ADAPTER = [...ADAPTERS, genericAdapter('https://help.example.org')];
const WITH_NOTES = EVERY_ADAPTER.filter((adapter) => adapter.noteKey).map(
  (adapter) => [adapter.name, adapter] as const,
);
const MESSAGE_KEYS = new Set(Object.keys(messages));

/** Buttons and headings a note may send the agent to, as the sidebar and the options page spell them. */
const LABELS_ON_SCREEN = new Set([
  t('options_customSitesTitle'),
  t('sidebar_showMe'),
  `${t('sidebar_wrongThing')} ${t('sidebar_showMe')}`,
]);

describe('helpdesk notes', () => {
  test.each(WITH_NOTES)('the note for %s resolves to a message in messages.json', (_name, adapter) => {
    expect(MESSAGE_KEYS.has(adapter.noteKey!)).toBe(true);
    expect(t(adapter.noteKey!)).toBe(noteOf(adapter));
  });

  test.each(WITH_NOTES)('the note for %s is in plain words, without code words', (_name, adapter) => {
    expect(noteOf(adapter)).not.toMatch(CODE_WORDS);
    expect(noteOf(adapter)).not.toMatch(/\b(options|sidebar)_\w+/);
  });

  test.each(WITH_NOTES.filter(([, adapter]) => adapter.id !== 'generic'))(
    'the key for %s is named after the helpdesk',
    (name, adapter) => {
      const named = adapter.noteKey!.replace('options_helpdeskNote', '').toLowerCase();
      expect(name.replace(/\s+/g, '').toLowerCase().startsWith(named)).toBe(true);
    },
  );

  test('every limited helpdesk, and every site Heartdesk does not know, explains itself', () => {
    const silent = EVERY_ADAPTER.filter((adapter) => adapter.support === 'limited' && !adapter.noteKey);
    expect(silent.map((adapter) => adapter.name)).toEqual([]);
  });

  test.each(WITH_NOTES)('every label the note for %s quotes is one the agent can find on screen', (_name, adapter) => {
    const quoted = [...noteOf(adapter).matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
    for (const label of quoted) expect(LABELS_ON_SCREEN).toContain(label);
  });

  test.each(EVERY_ADAPTER.filter((adapter) => adapter.selfHosted).map((adapter) => [adapter.name, adapter] as const))(
    '%s runs at your own address too: its note says where to add it',
    (_name, adapter) => {
      expect(noteOf(adapter)).toContain(`“${t('options_customSitesTitle')}”`);
    },
  );
});
