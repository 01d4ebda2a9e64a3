import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { t } from '@/lib/i18n';
import '@/components/welcome/welcome.css';

document.title = t('welcome_pageTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <WelcomePage />
    </StrictMode>,
  );
}
