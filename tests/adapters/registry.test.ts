import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ADAPTERS } from '@/lib/adapters/index';
import { FIXTURES_ROOT, fixtureNames } from '@/tests/adapters/fixture-suite';
import { noteOf } from '@/tests/adapters/helpdesk-note';

/** Conventions are tests (refined-github): registry, files, fixtures, tests and docs agree. */

const ADAPTERS_DIR = join(import.meta.dirname, '../../lib/adapters');
// Helpers, and the demo helpdesk, which only demo builds register (active-adapters.ts; tested in demo.test.ts).
const NOT_ADAPTERS = new Set([
  'index.ts',
  'types.ts',
  'generic.ts',
  'generic-ticket-key.ts',
  'self-hosted.ts',
  'match-patterns.ts',
  'match-url.ts',
  'active-adapters.ts',
  'ticket-link.ts',
  'demo.ts',
]);
const adapterFiles = readdirSync(ADAPTERS_DIR)
  .filter((file) => file.endsWith('.ts') && !NOT_ADAPTERS.has(file))
  .map((file) => file.slice(0, -'.ts'.length));
const ids = ADAPTERS.map((adapter) => adapter.id);

describe('adapter registry conventions', () => {
  test('every adapter file is registered, and nothing else is', () => {
    expect([...ids].sort()).toEqual([...adapterFiles].sort());
  });

  test('the registry is sorted by id and ids are unique', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  test.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s has fixtures with expectations and a test',
    (id) => {
      const names = fixtureNames(id);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(existsSync(join(FIXTURES_ROOT, id, `${name}.json`))).toBe(true);
      expect(existsSync(join(import.meta.dirname, `${id}.test.ts`))).toBe(true);
    },
  );

  test.each(['zendesk', 'intercom', 'helpscout'])('%s has fixtures for at least two selector generations', (id) => {
    expect(fixtureNames(id).length).toBeGreaterThanOrEqual(2);
  });

  test.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s explains its limits when limited',
    (_id, adapter) => {
      expect(adapter.name.trim()).not.toBe('');
      if (adapter.support === 'limited') expect(noteOf(adapter).length).toBeGreaterThan(20);
    },
  );

  test('the README helpdesk table lists every adapter with its support level', () => {
    const table = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    for (const adapter of ADAPTERS) {
      expect(table).toMatch(new RegExp(`\\| \`${adapter.id}\` +\\| ${adapter.support} +\\|`));
    }
  });
});

describe('manifest match patterns stay narrow', () => {
  const patterns = ADAPTERS.flatMap((adapter) => adapter.matches);

  test('every pattern is a valid https pattern on a named host', () => {
    for (const pattern of patterns) {
      expect(() => new MatchPattern(pattern)).not.toThrow();
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/.+$/);
    }
  });

  test('no pattern grants all sites or a whole top-level domain', () => {
    for (const pattern of patterns) {
      expect(pattern).not.toBe('<all_urls>');
      expect(pattern).not.toMatch(/^\*:\/\/\*\//);
      expect(pattern).not.toMatch(/^https:\/\/\*\.[a-z]+\//);
    }
  });
});
