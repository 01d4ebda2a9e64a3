import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t } from '../../lib/i18n';

// zod's JIT probe builds a Function, which the extension CSP refuses (stack.md).
z.config({ jitless: true });

document.title = t('options_title');
document.documentElement.lang = browser.i18n.getUILanguage();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
}
