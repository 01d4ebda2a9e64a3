import { t } from '@/lib/i18n';
import { hasPolicy } from '@/lib/storage/organisation-policy';
import { useOrganisation } from '@/components/shared/use-stored-settings';

/**
 * Said once at the top of Options when an organisation manages settings: what that means,
 * what it can never see, and which parts of its policy were ignored and why (issue 20:
 * "ignored item by item with a readable reason"), for the agent to pass to their IT admin.
 */
export function OrganisationNotice() {
  const organisation = useOrganisation();
  if (!organisation || !hasPolicy(organisation.policy)) return null;
  const { problems } = organisation.policy;
  return (
    <section className="hd-card hd-org-notice" aria-labelledby="org-notice-title" data-testid="organisation-notice">
      <h2 id="org-notice-title">{t('options_orgNoticeTitle')}</h2>
      <p>{t('options_orgNoticeBody')}</p>
      <p className="hd-muted">{t('options_orgNoticePrivacy')}</p>
      {problems.length > 0 && (
        <div role="alert" className="hd-problems" data-testid="organisation-problems">
          <p className="hd-error">{t('options_orgProblemsTitle')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.path ? <code>{problem.path}</code> : <span>{t('options_orgPolicyWhole')}</span>}{' '}
                {problem.problem}. {problem.fix && <span className="hd-muted">{problem.fix}</span>}
              </li>
            ))}
          </ul>
          <p className="hd-muted">{t('options_orgProblemsHint')}</p>
        </div>
      )}
    </section>
  );
}
