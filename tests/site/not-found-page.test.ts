/**
 * The site's not-found page as built (dist/404.html, served for every unknown path): it says so
 * and leads back to the cheatsheet. Its explanation of a missing number is a script, checked in
 * a browser (tests/browser/pages.spec.ts); its status, by the routing table (tests/site/serving.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtPage, linksNamed, text } from '../support/built-page.ts';

test('the not-found page says the page was not found and links the cheatsheet', () => {
  const doc = builtPage('/404.html').document;
  assert.equal(text(doc.querySelector('h1')), 'Page not found');
  assert.deepEqual(
    linksNamed(doc, 'the cheatsheet').map((a) => a.getAttribute('href')),
    ['/'],
  );
  assert.equal(doc.querySelectorAll('[data-not-found-message]').length, 1, 'the place for the explanation');
});
