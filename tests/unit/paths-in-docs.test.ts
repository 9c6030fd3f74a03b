/**
 * Every repository path that a comment, the README or a page of docs/ names must exist, so a move
 * or a rename cannot leave a pointer to nothing. A path is a word starting with one of the
 * repository's top folders (src/, scripts/, tests/, content/, public/, docs/) that is not part of a
 * longer path or a URL (`https://github.com/x/y/src/…` and `../../src/…` are left alone); another
 * project's file is written `owner/repo:path` (golang/go:src/net/http/status.go). Globs and
 * placeholders must match at least one file: `*` and `<code>` stand for any part of one name,
 * `**` for any depth, `{a,b}` for either. Square brackets are literal, as in src/pages/[code].astro.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { REPO } from '../../scripts/harness/repo.ts';

const ROOTS = ['src', 'scripts', 'tests', 'content', 'public', 'docs'];
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'bench-results', 'playwright-report']);
const CODE = new Set(['.ts', '.mts', '.js', '.mjs', '.astro', '.css']);

/** Every file and folder under the repository, relative and with `/`, folders ending in `/`. */
function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const rel = relative(REPO, path).split('\\').join('/');
    if (entry.isDirectory()) {
      out.push(`${rel}/`);
      walk(path, out);
    } else out.push(rel);
  }
  return out;
}

const { SyntaxKind: K } = ts;
/** Tokens after which a `/` divides; after anything else it starts a regular expression. */
const ENDS_VALUE = new Set([
  K.Identifier,
  K.PrivateIdentifier,
  K.ThisKeyword,
  K.SuperKeyword,
  K.TrueKeyword,
  K.FalseKeyword,
  K.NullKeyword,
  K.NumericLiteral,
  K.BigIntLiteral,
  K.StringLiteral,
  K.RegularExpressionLiteral,
  K.NoSubstitutionTemplateLiteral,
  K.TemplateTail,
  K.CloseParenToken,
  K.CloseBracketToken,
  K.CloseBraceToken,
  K.PlusPlusToken,
  K.MinusMinusToken,
]);

/**
 * The comments of a TypeScript or JavaScript text, found by the compiler's scanner, so `//` in a
 * string, a template or a regular expression is not taken for one. The scanner alone cannot tell
 * a regular expression from a division or a template's `}` from a block's, so both are decided
 * here from the token before, as a parser would.
 */
function scriptComments(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const comments: string[] = [];
  const templates: number[] = []; // open braces inside each template's current `${`
  let previous: ts.SyntaxKind = K.Unknown;
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if (kind === K.SingleLineCommentTrivia || kind === K.MultiLineCommentTrivia) {
      comments.push(scanner.getTokenText());
      continue;
    }
    if (kind === K.WhitespaceTrivia || kind === K.NewLineTrivia) continue;
    if ((kind === K.SlashToken || kind === K.SlashEqualsToken) && !ENDS_VALUE.has(previous)) kind = scanner.reScanSlashToken();
    const depth = templates.length - 1;
    if (kind === K.TemplateHead) templates.push(0);
    else if (kind === K.OpenBraceToken && depth >= 0) templates[depth]! += 1;
    else if (kind === K.CloseBraceToken && depth >= 0) {
      if (templates[depth] === 0) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === K.TemplateTail) templates.pop();
      } else templates[depth]! -= 1;
    }
    previous = kind;
  }
  return comments;
}

/** An Astro file's comments: its frontmatter's and scripts', `{/* … *\/}` and `<!-- … -->` in the template, CSS comments in styles. */
function astroComments(text: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
  const template = frontmatter ? text.slice(frontmatter[0].length) : text;
  const scripts = [...template.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [
    ...(frontmatter ? scriptComments(frontmatter[1] ?? '') : []),
    ...scripts.flatMap((s) => scriptComments(s)),
    ...[...template.matchAll(/\{\/\*([\s\S]*?)\*\/\}/g)].map((m) => m[1] ?? ''),
    ...[...template.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1] ?? ''),
    ...[...template.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].flatMap((m) => cssComments(m[1] ?? '')),
  ];
}

const cssComments = (text: string): string[] => [...text.matchAll(/\/\*([\s\S]*?)\*\//g)].map((m) => m[1] ?? '');

/** The text in which a file names paths: the comments of code, the whole of a Markdown file. */
export function commentsOf(file: string, text: string): string[] {
  const ext = extname(file);
  if (ext === '.md') return [text];
  if (ext === '.astro') return astroComments(text);
  if (ext === '.css') return cssComments(text);
  return scriptComments(text);
}

const PATH = new RegExp(String.raw`(?<![\w./@:-])(?:${ROOTS.join('|')})/[\w.*{}<>\[\],/-]*`, 'g');

const count = (s: string, c: string): number => s.split(c).length - 1;

/** A path as written, without what follows it: punctuation, the `]` of a Markdown link, a comma outside braces. */
function trim(raw: string): string {
  let path = raw.replace(/,(?![^{]*\})[\s\S]*$/, '');
  for (let before = ''; before !== path;) {
    before = path;
    path = path.replace(/[.,]+$/, '');
    if (path.endsWith(']') && count(path, ']') > count(path, '[')) path = path.slice(0, -1);
    if (path.endsWith('>') && count(path, '>') > count(path, '<')) path = path.slice(0, -1);
  }
  return path;
}

/** The repository paths a text names. */
export function pathsIn(text: string): string[] {
  return [...text.matchAll(PATH)].map((m) => trim(m[0]));
}

const escape = (s: string): string => s.replace(/[.+?^$()|[\]\\]/g, '\\$&');

/** A path as a pattern over the walked list: globs and placeholders widen it, everything else is literal. */
function pattern(path: string): RegExp {
  let out = '';
  for (const part of path.split(/(\*\*\/?|\*|<[^>/]*>|\{[^}]*\})/)) {
    if (part.startsWith('**')) out += '(?:.*/)?';
    else if (part === '*' || (part.startsWith('<') && part.endsWith('>'))) out += '[^/]*';
    else if (part.startsWith('{') && part.endsWith('}')) out += `(?:${part.slice(1, -1).split(',').map(escape).join('|')})`;
    else out += escape(part);
  }
  // A folder may be named with or without its trailing slash.
  return new RegExp(`^${out}/?$`);
}

/** The paths among `named` that match nothing in `files`. */
export function missing(named: readonly string[], files: readonly string[]): string[] {
  const present = new Set(files);
  return named.filter((path) => {
    if (present.has(path) || present.has(`${path}/`)) return false;
    if (!/[*<{]/.test(path)) return true;
    const re = pattern(path);
    return !files.some((f) => re.test(f));
  });
}

const files = walk(REPO);

/** What to read: the code under src/, scripts/ and tests/ and the root's configuration, the README and docs/. */
const sources = files.filter(
  (f) =>
    (/^(src|scripts|tests)\//.test(f) && CODE.has(extname(f)) && !f.startsWith('tests/fixtures/')) ||
    /^[^/]+\.(ts|js|mjs)$/.test(f) ||
    f === 'README.md' ||
    /^docs\/[^/]+\.md$/.test(f),
);

test('the scanner reads comments, not strings, and reports a path that does not exist', () => {
  const text = [
    `const url = 'https://example.org/src/not/a/comment.ts'; // see src/lib/site/paths.ts and src/lib/gone.ts`,
    `/* tests/unit/*.test.ts, content/codes/<code>.mdx and src/pages/[code].astro, not golang/go:src/net/http/status.go */`,
    `const s = "// src/not/in/a/comment.ts";`,
  ].join('\n');
  const named = commentsOf('probe.ts', text).flatMap(pathsIn);
  assert.deepEqual(named, [
    'src/lib/site/paths.ts',
    'src/lib/gone.ts',
    'tests/unit/*.test.ts',
    'content/codes/<code>.mdx',
    'src/pages/[code].astro',
  ]);
  assert.deepEqual(missing(named, files), ['src/lib/gone.ts']);
  assert.deepEqual(missing(['tests/unit/*.nothing.ts', 'docs/<topic>.txt', 'src/{lib,nowhere}/x.ts'], files), [
    'tests/unit/*.nothing.ts',
    'docs/<topic>.txt',
    'src/{lib,nowhere}/x.ts',
  ]);
  assert.deepEqual(missing(['src/lib/', 'src/lib', 'src/{lib,browser}/', 'src/lib/**/schema.ts'], files), []);
  assert.deepEqual(pathsIn('[docs/testing.md](docs/testing.md), see <src/lib/site/paths.ts>.'), [
    'docs/testing.md',
    'docs/testing.md',
    'src/lib/site/paths.ts',
  ]);
  assert.deepEqual(commentsOf('x.astro', '---\n// src/a.ts\n---\n<p>{/* src/b.ts */}</p><!-- src/c.ts -->').flatMap(pathsIn), [
    'src/a.ts',
    'src/b.ts',
    'src/c.ts',
  ]);
});

test('every repository path named in a comment, the README or docs/ exists', () => {
  assert.ok(sources.length > 100, `only ${sources.length} files to read: is the walk broken?`);
  const stale: string[] = [];
  for (const file of sources) {
    const named = commentsOf(file, readFileSync(join(REPO, file), 'utf8')).flatMap(pathsIn);
    for (const path of missing([...new Set(named)], files)) stale.push(`${file}: ${path}`);
  }
  assert.deepEqual(stale, [], 'these paths name nothing: fix the path or the comment');
});
