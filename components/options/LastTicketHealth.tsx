import { activeAdapters } from '@/lib/adapters/active-adapters';
import { t } from '@/lib/i18n';
import { lastTicketBySite, type HealthEntry } from '@/lib/sites/health';

// Editor kinds with a name the agent reads (lib/dom/editor-kind.ts); an unknown one says "a rich text box".
const EDITOR_NAMES = new Set([
  'textarea',
  'input',
  'ckeditor4',
  'ckeditor5',
  'prosemirror',
  'slate',
  'lexical',
  'quill',
  'draftjs',
  'froala',
  'redactor',
  'summernote',
  'tinymce',
  'contenteditable',
]);

function siteName(entry: HealthEntry): string {
  const helpdesk = activeAdapters.find((adapter) => adapter.id === entry.adapterId)?.name;
  // An id no build knows (a helpdesk since removed) is not shown: the site's address names it well enough.
  if (entry.adapterId === 'generic' || !helpdesk) return entry.site;
  return entry.site ? `${helpdesk} · ${entry.site}` : helpdesk;
}

function composerLine(entry: HealthEntry): string {
  if (entry.noteOpen) return t('sites_lastTicketNote');
  if (!entry.composerFound) return t('sites_lastTicketNoComposer');
  const kind = entry.composerKind && EDITOR_NAMES.has(entry.composerKind) ? entry.composerKind : 'contenteditable';
  return t('sites_lastTicketComposer', t(`sites_editor_${kind}`));
}

/**
 * Per site, what the last ticket yielded (issue 13, "honest health"): how many
 * customer messages were read, and what the reply box was. Closed tabs count:
 * the agent often checks this after the ticket is done.
 */
export function LastTicketHealth({ entries }: { entries: readonly HealthEntry[] | undefined }) {
  const sites = lastTicketBySite(entries ?? []);
  return (
    <section aria-labelledby="sites-last-ticket-title" data-testid="last-ticket-health">
      <h2 id="sites-last-ticket-title">{t('sites_lastTicketTitle')}</h2>
      <p>{t('sites_lastTicketIntro')}</p>
      {entries && sites.length === 0 ? <p>{t('sites_lastTicketEmpty')}</p> : null}
      <ul>
        {sites.map((entry) => (
          <li key={`${entry.adapterId}|${entry.site}`} data-adapter={entry.adapterId} data-site={entry.site}>
            <strong>{siteName(entry)}</strong>
            <ul>
              <li data-fact="messages">{t('sites_lastTicketMessages', entry.customerMessageCount ?? 0)}</li>
              <li data-fact="composer">{composerLine(entry)}</li>
              {entry.messagesFrom === 'earlier' ? <li>{t('sites_lastTicketFromEarlier')}</li> : null}
              {entry.messagesFrom === 'recipe' ? <li>{t('sites_lastTicketFromRecipe')}</li> : null}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
