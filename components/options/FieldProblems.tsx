import type { PackProblem } from '@/lib/prompts/parse-pack';

/** The inline problems of one form field; its id goes into the field's aria-describedby. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly PackProblem[] | undefined }) {
  if (!problems?.length) return null;
  return (
    <ul id={id} className="hd-field-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.problem}. {problem.fix}
        </li>
      ))}
    </ul>
  );
}

export function describedBy(id: string, problems: readonly PackProblem[] | undefined): string | undefined {
  return problems?.length ? id : undefined;
}
