/**
 * The "In code" constants of Go, Spring, .NET, Rust, Rails and Symfony against the table
 * transcribed from each library's source (tests/support/library-constants.ts): a page never
 * offers a name the library does not define, never calls a deprecated name current, marks
 * removed names as removed, and lists every code the library knows that the site has a page for.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { constantsOf, LANGUAGES } from '../../src/lib/codes/languages.ts';
import { entries } from '../support/content.ts';
import { LIBRARY_CONSTANTS, libraryName, type CheckedLanguage } from '../support/library-constants.ts';

const languages = Object.keys(LIBRARY_CONSTANTS) as CheckedLanguage[];
const siteCodes = new Set(entries.map((e) => e.code));

for (const lang of languages) {
  const table = LIBRARY_CONSTANTS[lang];
  const known = (code: number) => new Map((table[code] ?? []).map((n) => [libraryName(n).name, libraryName(n).deprecated]));

  test(`${lang}: every constant on a page matches ${LANGUAGES[lang].source}`, () => {
    for (const entry of entries) {
      const value = entry.inCode[lang];
      if (value === undefined) continue;
      const names = known(entry.code);
      for (const c of constantsOf(value)) {
        const where = `${entry.code} ${c.name}`;
        if (c.removedIn) {
          assert.equal(names.has(c.name), false, `${where} is marked removed in ${c.removedIn} but the library still defines it`);
          continue;
        }
        assert.ok(names.has(c.name), `${where} is not defined for ${entry.code} by the library`);
        assert.equal(Boolean(c.deprecatedIn), names.get(c.name), `${where}: deprecated on the page and in the library must agree`);
      }
    }
  });

  test(`${lang}: the first constant on a page is the library's current name when it has one`, () => {
    for (const entry of entries) {
      const value = entry.inCode[lang];
      if (value === undefined) continue;
      const names = known(entry.code);
      const hasCurrent = [...names.values()].some((deprecated) => !deprecated);
      const first = constantsOf(value)[0];
      if (hasCurrent)
        assert.equal(names.get(first?.name ?? ''), false, `${entry.code}: ${first?.name} should be a current, non-deprecated name`);
    }
  });

  test(`${lang}: every code the library names and the site has a page for lists its constant`, () => {
    const missing = Object.keys(table)
      .map(Number)
      .filter((code) => siteCodes.has(code) && entries.find((e) => e.code === code)?.inCode[lang] === undefined);
    assert.deepEqual(missing, []);
  });
}

test('the table covers the six languages not checked against a runtime', () => {
  assert.deepEqual(
    [...languages].sort(),
    Object.keys(LANGUAGES)
      .filter((k) => k !== 'python' && k !== 'node')
      .sort(),
  );
  for (const lang of languages) assert.ok(Object.keys(LIBRARY_CONSTANTS[lang]).length >= 60, lang);
});
