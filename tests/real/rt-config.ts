import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RT_LIB } from '@/tests/real/rt-paths';

/**
 * A whole site config for one run, in a temp dir. RT reads `$ENV{RT_SITE_CONFIG}`
 * instead of RT_SiteConfig.pm and `$ENV{RT_SITE_CONFIG_DIR}` instead of
 * RT_SiteConfig.d (RT::Config::LoadConfig in /usr/share/request-tracker5/lib/RT/Config.pm),
 * so the system's files under /etc/request-tracker5 are neither read nor changed.
 */
export interface RunConfig {
  dir: string;
  database: string;
  host: string;
  port: number;
}

export function writeSiteConfig({ dir, database, host, port }: RunConfig): Record<string, string> {
  const siteDir = join(dir, 'RT_SiteConfig.d');
  const cache = join(dir, 'mason');
  mkdirSync(siteDir, { recursive: true });
  mkdirSync(join(cache, 'data'), { recursive: true });
  mkdirSync(join(cache, 'sessions'), { recursive: true });
  const file = join(dir, 'RT_SiteConfig.pm');
  const perlString = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;
  writeFileSync(
    file,
    [
      // The values Debian's debconf wrote for this install (rtname is in the mail subjects: [rt.vm #N]).
      "Set($rtname, 'rt.vm');",
      "Set($Organization, 'vm');",
      "Set($CorrespondAddress, 'rt@vm');",
      "Set($CommentAddress, 'rt-comment@vm');",
      "Set($Timezone, 'UTC');",
      "Set($DatabaseType, 'SQLite');",
      `Set($DatabaseName, ${perlString(database)});`,
      // At the root of its own host and port, as a self-hosted helpdesk usually is.
      'Set($WebPath, "");',
      `Set($WebBaseURL, ${perlString(`http://${host}:${port}`)});`,
      `Set($WebDomain, ${perlString(host)});`,
      `Set($WebPort, ${port});`,
      // Outgoing mail (autoreplies, notifications) goes to a temp file, never to a mail server.
      "Set($MailCommand, 'testfile');",
      'Set($LogToSyslog, undef);',
      'Set($LogToFile, undef);',
      "Set($LogToSTDERR, 'warning');",
      // The config is Perl run in package RT: the Mason caches move into the run's dir too.
      `$RT::MasonDataDir = ${perlString(join(cache, 'data'))};`,
      `$RT::MasonSessionDir = ${perlString(join(cache, 'sessions'))};`,
      '1;',
      '',
    ].join('\n'),
  );
  return { RT_SITE_CONFIG: file, RT_SITE_CONFIG_DIR: siteDir };
}

/**
 * Mail from customers is refused out of the box (the server log asks to grant
 * Everyone ReplyToTicket); new mail also needs CreateTicket. Granted with RT's own
 * API on the run's copy of the database, before the server starts.
 */
export function grantMailRights(env: Record<string, string>): void {
  const script = `
    use strict; use warnings; use RT; RT::LoadConfig(); RT::Init();
    my $everyone = RT::Group->new(RT->SystemUser);
    $everyone->LoadSystemInternalGroup('Everyone') or die "no Everyone group\\n";
    for my $right (qw(CreateTicket ReplyToTicket)) {
      my ($ok, $msg) = $everyone->PrincipalObj->GrantRight(Right => $right, Object => RT->System);
      die "$right: $msg\\n" unless $ok || $msg =~ /already has/;
    }`;
  execFileSync('perl', [`-I${RT_LIB}`, '-e', script], { env: { ...process.env, ...env }, stdio: 'pipe' });
}
