import { t } from '@/lib/i18n';
import { parsePattern } from '@/lib/sites/match-pattern-cover';

/**
 * A grant named exactly as the browser holds it (issue 13: the page must say what
 * was granted). Host grants ignore ports, so a site added as 127.0.0.1:8090 is
 * shown as "http://127.0.0.1 (all ports)".
 */
export function grantLabel(pattern: string): string {
  const parsed = parsePattern(pattern);
  if (!parsed) return pattern;
  if (parsed.host === '*') return t('grant_everySite');
  const scheme = parsed.scheme === '*' ? 'http(s)' : parsed.scheme;
  const origin = `${scheme}://${parsed.host}`;
  return parsed.host.startsWith('*.') ? t('grant_subdomains', origin, parsed.host.slice(2)) : t('grant_host', origin);
}
