import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import {
  addCustomSite,
  listedSite,
  normalizeOrigin,
  originPattern,
  removeCustomSite,
  type CustomSite,
  type CustomSitesEnv,
} from '@/lib/sites/custom-sites';
import { browserCustomSitesEnv } from '@/lib/sites/custom-sites-browser';
import { grantLabel } from '@/components/shared/grant-label';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

const describe = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));
const labelOf = (origin: string) => grantLabel(originPattern(origin));

interface Props {
  env?: CustomSitesEnv;
  showTitle?: boolean;
  /** What the form is for, in this page's words (the welcome page names the self-hosted helpdesks). */
  intro?: ReactNode;
  submitLabel?: string;
}

/**
 * Sites that are not built in: a self-hosted helpdesk (recognised by its page) or
 * any other one (generic reading). Each is one grant for one host on every port,
 * and the list says exactly that. Used by the options page's Sites tab and the
 * welcome page.
 */
export function CustomSites({ env: given, showTitle = true, intro, submitLabel }: Props) {
  const [env] = useState(() => given ?? browserCustomSitesEnv());
  const [sites, setSites] = useState<CustomSite[]>();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status>();
  const inputId = useId();

  const reload = () => env.load().then(setSites);
  useEffect(() => {
    void env.load().then(setSites);
  }, [env]);

  // The permission prompt needs the click's user gesture: addCustomSite is the first thing awaited.
  const add = async (origin: string) => {
    const already = sites ? listedSite(origin, sites) : undefined;
    try {
      const outcome = await addCustomSite(origin, env);
      if (outcome === 'denied') setStatus({ kind: 'error', text: t('sites_customDenied') });
      else if (already && already.origin !== origin && !already.needsAccess)
        setStatus({ kind: 'ok', text: t('sites_customSameSite', labelOf(origin), new URL(origin).host) });
      else setStatus({ kind: 'ok', text: t('sites_customAdded', labelOf(origin)) });
      if (outcome === 'added') setAddress('');
    } catch (failure) {
      setStatus({ kind: 'error', text: t('sites_customFailed', describe(failure)) });
    }
    await reload();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = normalizeOrigin(address);
    if (!checked.ok) {
      setStatus({
        kind: 'error',
        text: checked.reason === 'builtin' ? t('sites_customBuiltin') : t('sites_customInvalid'),
      });
      return;
    }
    void add(checked.origin);
  };

  const remove = async (origin: string) => {
    try {
      await removeCustomSite(origin, env);
      setStatus({ kind: 'ok', text: t('sites_customRemoved', labelOf(origin)) });
    } catch (failure) {
      setStatus({ kind: 'error', text: t('sites_customFailed', describe(failure)) });
    }
    await reload();
  };

  return (
    <section aria-label={showTitle ? undefined : t('sites_customTitle')} data-testid="custom-sites">
      {showTitle ? <h2>{t('sites_customTitle')}</h2> : null}
      {intro ?? <p>{t('sites_customIntro')}</p>}
      <form onSubmit={submit} className="hd-site-form">
        <label htmlFor={inputId}>{t('sites_customLabel')}</label>{' '}
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('sites_customPlaceholder')}
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />{' '}
        <button type="submit">{submitLabel ?? t('sites_customAdd')}</button>
      </form>
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'hd-error' : ''}>
          {status.text}
        </p>
      ) : null}
      {sites && sites.length === 0 ? <p className="hd-muted">{t('sites_customEmpty')}</p> : null}
      <ul className="hd-own-sites">
        {sites?.map((site) => (
          <li key={site.origin} data-origin={site.origin}>
            <span className="hd-grant">{labelOf(site.origin)}</span>{' '}
            {site.needsAccess ? (
              <>
                <strong>{t('sites_customAccessNeeded')}</strong>{' '}
                <button type="button" onClick={() => void add(site.origin)}>
                  {t('sites_customGrant')}
                </button>{' '}
              </>
            ) : null}
            <button type="button" onClick={() => void remove(site.origin)}>
              {t('sites_customRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
