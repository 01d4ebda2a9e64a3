import { useMemo } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { keepThanks } from '@/lib/db/keep-thanks';
import { thanksRules } from '@/lib/journal/thank-you';
import { t } from '@/lib/i18n';
import { ThankTeammateForm } from '@/components/shared/ThankTeammateForm';

/** Thank a teammate from the journal; the note is copied for the team's chat and kept as a teamwork win. */
export function ThanksSection({ db, now, onKept }: { db: JournalDatabase; now: () => number; onKept: () => void }) {
  const rules = useMemo(() => thanksRules(), []);
  return (
    <section id="thanks" className="journal-card journal-thanks" aria-label={t('thanks_title')}>
      <ThankTeammateForm
        rules={rules}
        headingLevel="h2"
        intro={t('thanks_intro')}
        onKeep={async (name, message) => {
          await keepThanks(db, name, message, 'journal', now());
          onKept();
        }}
      />
    </section>
  );
}
