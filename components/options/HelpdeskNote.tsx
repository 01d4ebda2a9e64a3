import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { t } from '@/lib/i18n';

/** Each line of the helpdesk's note is one point, so an agent can skim to the one that asks something of them. */
const notePointsOf = (adapter: HelpdeskAdapter): string[] =>
  adapter.noteKey
    ? t(adapter.noteKey)
        .split('\n')
        .map((point) => point.trim())
        .filter(Boolean)
    : [];

/** What Heartdesk can and cannot read on one helpdesk, and what the agent can do about it. */
export function HelpdeskNote({ adapter }: { adapter: HelpdeskAdapter }) {
  const points = notePointsOf(adapter);
  if (points.length === 0) return null;
  return (
    <ul className="hd-muted hd-helpdesk-note">
      {points.map((point) => (
        <li key={point}>{point}</li>
      ))}
    </ul>
  );
}
