/**
 * The check on the comparisons that needs the code entries: every member must have an entry, and
 * none is listed twice. Pure, like src/lib/guide/validate.ts; src/content.config.ts runs it on the
 * real files and fails the build, naming the file and field.
 */
import type { CodeStatuses } from '../codes/validate.ts';
import type { ComparisonData } from './schema.ts';

export interface ComparisonFile {
  filePath: string;
  id: string;
  data: ComparisonData;
}

/** Every problem with the comparison files, one line each. */
export function comparisonProblems(comparisons: readonly ComparisonFile[], codes: CodeStatuses): string[] {
  const problems: string[] = [];
  for (const { filePath, data } of [...comparisons].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const seen = new Set<number>();
    data.codes.forEach(({ code }, i) => {
      if (!codes.has(code)) problems.push(`${filePath}: field "codes.${i}.code" is ${code}, which has no entry`);
      if (seen.has(code)) problems.push(`${filePath}: field "codes.${i}.code" is ${code}, which the comparison already lists`);
      seen.add(code);
    });
  }
  return problems;
}
