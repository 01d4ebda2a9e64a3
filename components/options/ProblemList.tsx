import { t } from '@/lib/i18n';
import type { PackProblem } from '@/lib/prompts/parse-pack';

/** Every reason a pack was refused, each with where it is and how to fix it. */
export function ProblemList({ title, problems }: { title: string; problems: readonly PackProblem[] }) {
  return (
    <div role="alert" className="hd-problems">
      <p className="hd-error">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.path ? <code>{problem.path}</code> : <span>{t('options_pathWholeFile')}</span>} {problem.problem}.{' '}
            <span className="hd-muted">{problem.fix}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
