import type { PackProblem } from '@/lib/prompts/parse-pack';
import { pathInWords } from '@/lib/prompts/path-in-words';

/** "The words of prompt 1 must not be empty."; a whole-file problem is already a sentence about the file. */
function sentence(problem: PackProblem): string {
  const where = pathInWords(problem.path);
  const said = problem.problem.replace(/\.$/, '');
  return where ? `${where} ${said}.` : `${said}.`;
}

/** Every reason a pack was refused, each with where it is and how to fix it. */
export function ProblemList({ title, problems }: { title: string; problems: readonly PackProblem[] }) {
  return (
    <div role="alert" className="hd-problems">
      <p className="hd-error">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {sentence(problem)} <span className="hd-muted">{problem.fix}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
