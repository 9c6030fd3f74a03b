/**
 * Checks on the content entries that a per-entry schema cannot make: each needs the file name
 * or the other entries. Every message starts with the file and names the field, so a broken
 * entry is found from the build log alone.
 */

/**
 * Where the code entries live. The broken-entry tests and the growth benchmark point the build
 * at another folder through CODES_DIR; the site itself always builds from content/codes.
 */
export const CODES_DIR = process.env['CODES_DIR'] ?? './content/codes';

/** An entry's id is its file name without `.mdx`, so `/404/` can only come from `404.mdx`. */
export function idFromFile({ entry }: { entry: string }): string {
  return entry.replace(/\.mdx$/, '');
}

export interface EntryRefs {
  filePath: string;
  data: { code: number; related?: number[]; confusedWith?: { code: number }[] };
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Throws a ContentError listing every problem found, one line each. */
export function checkEntries(entries: EntryRefs[]): void {
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
  if (problems.length > 0) {
    throw new ContentError(`Invalid code entries:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
