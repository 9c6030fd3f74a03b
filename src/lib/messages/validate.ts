/**
 * The checks on the message catalogue that a per-file schema cannot make: a message's code must
 * have an entry, ids are unique within a source (they are anchors), and the same text is not
 * catalogued twice. Pure, so the unit tests run it on fixtures and src/content.config.ts runs it
 * on the real files. Every problem starts with the file and names the field.
 */
import type { MessageFileData } from './schema.ts';

export interface MessageFile {
  filePath: string;
  id: string;
  data: MessageFileData;
}

/** The text of a message with its placeholders and spacing evened out, for spotting duplicates. */
export function messageFingerprint(text: string): string {
  return text
    .replace(/\{\{[a-z]+\}\}/g, '{}')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every problem with the message files, one line each; an empty list when all is well. */
export function messageProblems(files: readonly MessageFile[], codes: ReadonlySet<number>): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const { filePath, data } of [...files].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const ids = new Map<string, number>();
    data.messages.forEach((m, i) => {
      const at = (field: string): string => `${filePath}: field "messages.${i}.${field}"`;
      const first = ids.get(m.id);
      if (first !== undefined)
        problems.push(`${at('id')} is "${m.id}", which messages.${first} already uses (ids are anchors on the page)`);
      else ids.set(m.id, i);
      if (m.status !== undefined && !codes.has(m.status))
        problems.push(`${at('status')} is ${m.status}, which has no entry in content/codes`);
      if (m.logged !== undefined && !codes.has(m.logged))
        problems.push(`${at('logged')} is ${m.logged}, which has no entry in content/codes`);
      const fingerprint = messageFingerprint(m.text);
      const other = texts.get(fingerprint);
      if (other) problems.push(`${at('text')} repeats the text of ${other} (duplicate message)`);
      else texts.set(fingerprint, `${filePath} messages.${i}`);
      if (m.key) {
        const withKey = `${filePath}\u0000${m.key}`;
        const same = keys.get(withKey);
        if (same) problems.push(`${at('key')} is "${m.key}", which ${same} already uses`);
        else keys.set(withKey, `messages.${i}`);
      }
    });
  }
  return problems;
}
