import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { JournalPage } from '../../components/journal/JournalPage';
import { t } from '../../lib/i18n';

// zod's JIT probe uses Function(), which the extension CSP forbids (stack.md).
z.config({ jitless: true });
document.title = t('journal_pageTitle');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <JournalPage />
    </StrictMode>,
  );
}
