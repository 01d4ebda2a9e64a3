import { useEffect, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import {
  addCustomSite,
  normalizeOrigin,
  removeCustomSite,
  type CustomSite,
  type CustomSitesEnv,
} from '@/lib/sites/custom-sites';
import { browserCustomSitesEnv } from '@/lib/sites/custom-sites-browser';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

const describe = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * For the options page's Sites panel: add or remove sites that get generic
 * detection. `showTitle={false}` when the panel gives the section its own heading.
 */
export function CustomSites({ env: given, showTitle = true }: { env?: CustomSitesEnv; showTitle?: boolean }) {
  const [env] = useState(() => given ?? browserCustomSitesEnv());
  const [sites, setSites] = useState<CustomSite[]>();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status>();

  const reload = () => env.load().then(setSites);
  useEffect(() => {
    void env.load().then(setSites);
  }, [env]);

  // The permission prompt needs the click's user gesture: addCustomSite is the first thing awaited.
  const add = async (origin: string) => {
    try {
      const outcome = await addCustomSite(origin, env);
      setStatus(
        outcome === 'added'
          ? { kind: 'ok', text: t('sites_customAdded') }
          : { kind: 'error', text: t('sites_customDenied') },
      );
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
      setStatus(undefined);
    } catch (failure) {
      setStatus({ kind: 'error', text: t('sites_customFailed', describe(failure)) });
    }
    await reload();
  };

  return (
    <section aria-label={showTitle ? undefined : t('sites_customTitle')} data-testid="custom-sites">
      {showTitle ? <h2>{t('sites_customTitle')}</h2> : null}
      <p>{t('sites_customIntro')}</p>
      <form onSubmit={submit}>
        <label htmlFor="sites-custom-address">{t('sites_customLabel')}</label>{' '}
        <input
          id="sites-custom-address"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('sites_customPlaceholder')}
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />{' '}
        <button type="submit">{t('sites_customAdd')}</button>
      </form>
      {status ? <p role={status.kind === 'error' ? 'alert' : 'status'}>{status.text}</p> : null}
      {sites && sites.length === 0 ? <p>{t('sites_customEmpty')}</p> : null}
      <ul>
        {sites?.map((site) => (
          <li key={site.origin} data-origin={site.origin}>
            <span>{site.origin}</span>{' '}
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
