/**
 * Just enough of the browsers' match-pattern rules to compare grants with the
 * patterns a script needs. Host wildcards are only ever leading (`*.zendesk.com`),
 * so two host patterns overlap exactly when one covers the other; a pattern
 * without a port matches every port (Chrome and Firefox alike), and host
 * permissions ignore the path (`permissions.getAll()` answers `…/*`).
 */

export interface ParsedPattern {
  scheme: 'http' | 'https' | '*';
  host: string;
  path: string;
}

const PATTERN = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/;

export function parsePattern(pattern: string): ParsedPattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', path: '/*' };
  const match = PATTERN.exec(pattern);
  if (!match) return null;
  return { scheme: match[1] as ParsedPattern['scheme'], host: match[2]!.toLowerCase(), path: match[3]! };
}

export function formatPattern({ scheme, host, path }: ParsedPattern): string {
  return `${scheme}://${host}${path}`;
}

export function schemeCovers(outer: ParsedPattern['scheme'], inner: ParsedPattern['scheme']): boolean {
  return outer === '*' || outer === inner;
}

/** `*` covers every host; `*.a.com` covers `a.com`, `x.a.com` and `*.x.a.com`. */
export function hostCovers(outer: string, inner: string): boolean {
  if (outer === '*' || outer === inner) return true;
  if (!outer.startsWith('*.')) return false;
  const domain = outer.slice(2);
  const bare = inner.startsWith('*.') ? inner.slice(2) : inner;
  return bare === domain || bare.endsWith(`.${domain}`);
}

/** Paths only ever end in a wildcard in our patterns (`/agent/*`, `/*`). */
export function pathCovers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  return outer.endsWith('*') && inner.startsWith(outer.slice(0, -1));
}

export function patternCovers(outer: ParsedPattern, inner: ParsedPattern): boolean {
  return (
    schemeCovers(outer.scheme, inner.scheme) && hostCovers(outer.host, inner.host) && pathCovers(outer.path, inner.path)
  );
}

/** The whole origin a pattern lives on: what a host permission grants. */
export function originOf(pattern: ParsedPattern): ParsedPattern {
  return { scheme: pattern.scheme, host: pattern.host, path: '/*' };
}

/** Whether one page could match both (schemes meet and one host covers the other). */
export function originsOverlap(a: ParsedPattern, b: ParsedPattern): boolean {
  const schemesMeet = a.scheme === '*' || b.scheme === '*' || a.scheme === b.scheme;
  return schemesMeet && (hostCovers(a.host, b.host) || hostCovers(b.host, a.host));
}
