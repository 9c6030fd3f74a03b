// Checks message catalogue files without a build: the schema of each file, then the checks
// that span files (src/lib/messages/validate.ts). The build runs the same checks; this is the
// quick loop while writing. Usage: node scripts/check-messages.ts [folder] (default content/messages).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { messageFileSchema } from '../src/lib/messages/schema.ts';
import { messageProblems, type MessageFile } from '../src/lib/messages/validate.ts';

const dir = process.argv[2] ?? 'content/messages';
const codes = new Set(
  readdirSync('content/codes')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => Number(f.replace('.mdx', ''))),
);
const problems: string[] = [];
const files: MessageFile[] = [];
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const filePath = join(dir, name);
  let raw: unknown;
  try {
    raw = load(readFileSync(filePath, 'utf8'));
  } catch (error) {
    problems.push(`${filePath}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    continue;
  }
  const parsed = messageFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${filePath}: field "${issue.path.join('.')}" ${issue.message}`);
    continue;
  }
  files.push({ filePath, id: name.replace(/\.yaml$/, ''), data: parsed.data });
}
problems.push(...messageProblems(files, codes));
const count = files.reduce((n, f) => n + f.data.messages.length, 0);
if (problems.length > 0) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  console.error(`${problems.length} problems`);
  process.exit(1);
}
console.log(`${files.length} sources, ${count} messages: all valid`);
