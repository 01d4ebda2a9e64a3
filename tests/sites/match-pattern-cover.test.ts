import { describe, expect, it } from 'vitest';
import {
  formatPattern,
  hostCovers,
  originOf,
  originsOverlap,
  parsePattern,
  pathCovers,
  patternCovers,
} from '@/lib/sites/match-pattern-cover';

const p = (pattern: string) => parsePattern(pattern)!;

describe('match patterns as grants compare them', () => {
  it('parses what the manifest and permissions.getAll() hold, and refuses the rest', () => {
    expect(parsePattern('https://*.zendesk.com/agent/*')).toEqual({
      scheme: 'https',
      host: '*.zendesk.com',
      path: '/agent/*',
    });
    expect(parsePattern('<all_urls>')).toEqual({ scheme: '*', host: '*', path: '/*' });
    expect(parsePattern('*://Example.COM/*')).toEqual({ scheme: '*', host: 'example.com', path: '/*' });
    for (const bad of [
      '',
      'ftp://x.com/*',
      'https://x.com',
      'https://a.*.com/*',
      'https://x.com:8080/*',
      'https://*x.com/*',
    ])
      expect(parsePattern(bad)).toBeNull();
    expect(formatPattern(p('https://*.zendesk.com/agent/*'))).toBe('https://*.zendesk.com/agent/*');
  });

  it('a leading wildcard covers the domain itself and everything below it, nothing beside it', () => {
    expect(hostCovers('*.zendesk.com', 'zendesk.com')).toBe(true);
    expect(hostCovers('*.zendesk.com', 'acme.zendesk.com')).toBe(true);
    expect(hostCovers('*.zendesk.com', '*.eu.zendesk.com')).toBe(true);
    expect(hostCovers('*.zendesk.com', 'notzendesk.com')).toBe(false);
    expect(hostCovers('*.zendesk.com', 'zendesk.com.evil.test')).toBe(false);
    expect(hostCovers('acme.zendesk.com', '*.zendesk.com')).toBe(false);
    expect(hostCovers('*', 'anything.test')).toBe(true);
  });

  it('paths: a trailing wildcard covers what starts the same', () => {
    expect(pathCovers('/*', '/agent/*')).toBe(true);
    expect(pathCovers('/agent/*', '/agent/tickets/1')).toBe(true);
    expect(pathCovers('/agent/*', '/a/*')).toBe(false);
  });

  it('a whole-origin grant covers the helpdesk pattern on it; schemes must agree unless one is *', () => {
    expect(patternCovers(originOf(p('https://*.zendesk.com/agent/*')), p('https://*.zendesk.com/agent/*'))).toBe(true);
    expect(patternCovers(p('http://*.zendesk.com/*'), p('https://*.zendesk.com/agent/*'))).toBe(false);
    expect(patternCovers(p('*://*.zendesk.com/*'), p('https://acme.zendesk.com/agent/*'))).toBe(true);
  });

  it('origins overlap when one host covers the other and a scheme is shared', () => {
    expect(originsOverlap(p('https://*.zendesk.com/*'), p('https://acme.zendesk.com/*'))).toBe(true);
    expect(originsOverlap(p('https://acme.zendesk.com/*'), p('https://other.zendesk.com/*'))).toBe(false);
    expect(originsOverlap(p('http://127.0.0.1/*'), p('https://127.0.0.1/*'))).toBe(false);
  });
});
