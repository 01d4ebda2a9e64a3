import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { JournalPage } from '@/components/journal/JournalPage';
import { t } from '@/lib/i18n';

document.title = t('journal_pageTitle');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <JournalPage />
    </StrictMode>,
  );
}
