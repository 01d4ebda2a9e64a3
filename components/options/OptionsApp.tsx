import { useRef, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import { OrganisationNotice } from '@/components/options/OrganisationNotice';
import { PrivacyPanel } from '@/components/options/PrivacyPanel';
import { PromptSetsPanel } from '@/components/options/PromptSetsPanel';
import { RulesPanel } from '@/components/options/RulesPanel';
import { SitesTab } from '@/components/options/SitesTab';
import '@/components/options/options.css';

export const PANELS = ['prompts', 'rules', 'sites', 'privacy'] as const;
export type PanelId = (typeof PANELS)[number];

const LABEL_KEYS: Record<PanelId, string> = {
  prompts: 'options_tabPrompts',
  rules: 'options_tabRules',
  sites: 'options_tabSites',
  privacy: 'options_tabPrivacy',
};

function initialPanel(hash: string): PanelId {
  const wanted = hash.replace(/^#/, '');
  return (PANELS as readonly string[]).includes(wanted) ? (wanted as PanelId) : 'prompts';
}

/** Tabs follow the WAI-ARIA tabs pattern: Tab reaches the active tab, arrows move between tabs. */
export function OptionsApp({ startPanel }: { startPanel?: PanelId }) {
  const [active, setActive] = useState<PanelId>(() => startPanel ?? initialPanel(globalThis.location?.hash ?? ''));
  const tabRefs = useRef<Partial<Record<PanelId, HTMLButtonElement | null>>>({});

  const select = (panel: PanelId, focus = false) => {
    setActive(panel);
    if (globalThis.history?.replaceState) globalThis.history.replaceState(null, '', `#${panel}`);
    if (focus) tabRefs.current[panel]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = PANELS.indexOf(active);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: PANELS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(PANELS[(target + PANELS.length) % PANELS.length] as PanelId, true);
  };

  return (
    <div className="hd-options">
      <header className="hd-options__header">
        <h1>{t('options_title')}</h1>
        <p className="hd-muted">{t('options_subtitle')}</p>
      </header>
      <OrganisationNotice />
      <div className="hd-options__layout">
        <nav aria-label={t('options_navLabel')}>
          <div role="tablist" aria-orientation="vertical" className="hd-tabs" onKeyDown={onKeyDown}>
            {PANELS.map((panel) => (
              <button
                key={panel}
                ref={(element) => {
                  tabRefs.current[panel] = element;
                }}
                type="button"
                role="tab"
                id={`tab-${panel}`}
                aria-selected={active === panel}
                aria-controls={`panel-${panel}`}
                tabIndex={active === panel ? 0 : -1}
                className="hd-tab"
                onClick={() => select(panel)}
              >
                {t(LABEL_KEYS[panel])}
              </button>
            ))}
          </div>
        </nav>
        <main>
          <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="hd-panel">
            {active === 'prompts' && <PromptSetsPanel />}
            {active === 'rules' && <RulesPanel />}
            {active === 'sites' && <SitesTab />}
            {active === 'privacy' && <PrivacyPanel />}
          </div>
        </main>
      </div>
    </div>
  );
}
