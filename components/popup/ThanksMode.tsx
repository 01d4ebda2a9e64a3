import { useMemo } from 'react';
import { journalDb } from '@/lib/db/database';
import { keepThanks } from '@/lib/db/keep-thanks';
import { thanksRules } from '@/lib/journal/thank-you';
import { ThankTeammateForm } from '@/components/shared/ThankTeammateForm';

/** The popup's "Thank a teammate": copied for the team's chat, kept as a teamwork win. */
export function ThanksMode({ onKept }: { onKept: () => void }) {
  const rules = useMemo(() => thanksRules(), []);
  return (
    <ThankTeammateForm
      rules={rules}
      onKeep={async (name, message) => {
        await keepThanks(journalDb(), name, message, 'popup');
        onKept();
      }}
    />
  );
}
