/**
 * Checks on the code entries that a per-entry schema cannot make: each needs the file name or
 * the other entries. Every problem starts with the file and names the field, so a broken entry
 * is found from the build log alone.
 */
import type { Status } from './schema.ts';

/** The registration status of every code that has an entry. */
export type CodeStatuses = ReadonlyMap<number, Status>;

export interface EntryRefs {
  filePath: string;
  data: { code: number; related?: number[]; confusedWith?: { code: number }[] };
}

/** Every problem with the entries taken together, one line each; an empty list when all is well. */
export function codeProblems(entries: readonly EntryRefs[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<number, string>();
  const sorted = [...entries].sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const { filePath, data } of sorted) {
    const other = byCode.get(data.code);
    if (other) problems.push(`${filePath}: field "code" is ${data.code}, which ${other} already defines (duplicate code)`);
    else byCode.set(data.code, filePath);
  }
  for (const { filePath, data } of sorted) {
    const fileName = filePath.split('/').at(-1) ?? filePath;
    if (fileName !== `${data.code}.mdx`) {
      problems.push(`${filePath}: field "code" is ${data.code} but the file is named ${fileName} (expected ${data.code}.mdx)`);
    }
    for (const code of data.related ?? []) {
      if (!byCode.has(code)) problems.push(`${filePath}: field "related" lists ${code}, which has no entry`);
    }
    for (const { code } of data.confusedWith ?? []) {
      if (!byCode.has(code)) problems.push(`${filePath}: field "confusedWith" lists ${code}, which has no entry`);
    }
  }
  return problems;
}
