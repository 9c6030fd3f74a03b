/**
 * A problem-details example written as the response a server would send. Pure, so the unit tests
 * and the pages share it.
 */
import type { ProblemData } from './schema.ts';

/** The example as a response: status line, its headers, a blank line and the JSON body, indented. */
export function problemResponse(problem: ProblemData, phrase: string): string {
  const headers = Object.entries(problem.headers).map(([name, value]) => `${name}: ${value}`);
  return [`HTTP/1.1 ${problem.code} ${phrase}`, ...headers, '', JSON.stringify(problem.body, null, 2)].join('\n');
}
