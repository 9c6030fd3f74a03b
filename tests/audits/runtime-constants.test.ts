/**
 * The "In code" constants for Python and Node.js, checked against the real runtimes on this
 * machine, and every code those runtimes know has a page. Where a runtime's phrase differs
 * from the site's (it still uses an older name), the difference is listed here on purpose.
 */
import { execFileSync } from 'node:child_process';
import { STATUS_CODES } from 'node:http';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { constantsOf } from '../../src/lib/codes/languages.ts';
import { entries } from '../support/content.ts';

const python = JSON.parse(
  execFileSync(
    'python3',
    ['-c', 'import http, json; print(json.dumps({s.value: {"name": s.name, "phrase": s.phrase} for s in http.HTTPStatus}))'],
    {
      encoding: 'utf8',
    },
  ),
) as Record<string, { name: string; phrase: string }>;
const pythonVersion = execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
/** Every name http.HTTPStatus accepts, aliases included (3.13 keeps the old names as aliases). */
const pythonNames = JSON.parse(
  execFileSync('python3', ['-c', 'import http, json; print(json.dumps({n: int(m) for n, m in http.HTTPStatus.__members__.items()}))'], {
    encoding: 'utf8',
  }),
) as Record<string, number>;

/** Whether version a ("3.11") is at least version b ("3.13"), compared part by part. */
function atLeast(a: string, b: string): boolean {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return true;
}

/** Runtime phrases that are older than the site's current names. */
const NODE_OLDER_NAMES: Record<number, string> = {
  413: 'Payload Too Large',
  418: "I'm a Teapot",
  422: 'Unprocessable Entity',
};
const PYTHON_OLDER_NAMES: Record<number, string> = {
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Long',
  416: 'Requested Range Not Satisfiable',
  418: "I'm a Teapot",
  422: 'Unprocessable Entity',
};

const byCode = new Map(entries.map((e) => [e.code, e]));

test(`every code Node.js ${process.version} knows has a page; name differences are the listed ones`, () => {
  const differences: Record<number, string> = {};
  for (const [code, phrase] of Object.entries(STATUS_CODES)) {
    const entry = byCode.get(Number(code));
    assert.ok(entry, `Node knows ${code} ${phrase}`);
    if (entry && entry.phrase !== phrase) differences[Number(code)] = phrase ?? '';
  }
  assert.deepEqual(differences, NODE_OLDER_NAMES);
});

test(`every code Python ${pythonVersion} knows has a page; name differences are the listed ones`, () => {
  const differences: Record<number, string> = {};
  for (const [code, { phrase }] of Object.entries(python)) {
    const entry = byCode.get(Number(code));
    assert.ok(entry, `Python knows ${code} ${phrase}`);
    if (entry && entry.phrase !== phrase) differences[Number(code)] = phrase;
  }
  // Python 3.13 renamed 413, 414, 416 and 422 to the RFC 9110 names; earlier versions did not.
  const expected = Object.fromEntries(
    Object.entries(PYTHON_OLDER_NAMES).filter(([code]) => Number(pythonVersion.split('.')[1]) < 13 || code === '418'),
  );
  assert.deepEqual(differences, expected);
});

test('older runtime names are listed as earlier names on their pages', () => {
  for (const [code, name] of Object.entries({ ...NODE_OLDER_NAMES, ...PYTHON_OLDER_NAMES })) {
    const entry = byCode.get(Number(code));
    const known = (entry?.earlierNames ?? []).map((n) => n.name.toLowerCase());
    assert.ok(known.includes(name.toLowerCase()), `${code}: "${name}"`);
  }
});

test("each Node.js constant on a page is the runtime's own phrase", () => {
  for (const entry of entries) {
    const value = entry.inCode?.['node'];
    if (value !== undefined) assert.equal(constantsOf(value)[0]?.name, STATUS_CODES[entry.code], String(entry.code));
    else assert.equal(STATUS_CODES[entry.code], undefined, `${entry.code} has a Node.js phrase but no inCode.node`);
  }
});

test(`each Python constant on a page exists in this python3 (${pythonVersion}) exactly when its version marks say so`, () => {
  for (const entry of entries) {
    const value = entry.inCode?.['python'];
    const known = python[entry.code];
    if (value === undefined) {
      assert.equal(known, undefined, `${entry.code} has a Python constant but no inCode.python`);
      continue;
    }
    const all = constantsOf(value);
    const available = all.filter(
      (c) => (!c.since || atLeast(pythonVersion, c.since)) && !(c.removedIn && atLeast(pythonVersion, c.removedIn)),
    );
    for (const c of all) {
      const name = c.name.replace(/^HTTPStatus\./, '');
      if (available.includes(c)) assert.equal(pythonNames[name], entry.code, `${c.name} in Python ${pythonVersion}`);
      else assert.equal(pythonNames[name], undefined, `${c.name} is marked as not in Python ${pythonVersion}`);
    }
    // The first name this runtime has is the one it reports as the code's own name.
    assert.equal(available[0]?.name, `HTTPStatus.${known?.name}`, String(entry.code));
  }
});
