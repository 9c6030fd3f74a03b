/**
 * /guidelines/ and /grpc/ as built: all six guides and every rule, each disagreement at its anchor,
 * all 17 gRPC codes in both directions with the HTTP code linked, every code link to a page that
 * exists, and both JSON exports with a version.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { grpcData, guidelinesData } from '../../src/lib/guidelines/data.ts';
import { anchoredRules } from '../../src/lib/guidelines/table.ts';
import { codeFromPath, FILES, GRPC, GUIDELINES } from '../../src/lib/site/paths.ts';
import { builtPage } from '../support/built-page.ts';
import { DIST } from '../support/sitemap.ts';

const guidelines = guidelinesData();
const grpc = grpcData();

function codeLinks(path: string): number[] {
  const page = builtPage(path);
  return [...page.document.querySelectorAll('main a[href]')].flatMap((a) => {
    const code = codeFromPath(a.getAttribute('href') ?? '');
    return code === undefined ? [] : [code];
  });
}

test('/guidelines/ names all six guides, every rule at its anchor with a link to the guide, and each disagreement', () => {
  const page = builtPage(GUIDELINES);
  const text = page.document.querySelector('main')?.textContent ?? '';
  for (const g of guidelines.guidelines) {
    assert.ok(page.document.getElementById(g.id), `no section for ${g.id}`);
    assert.ok(text.includes(g.name), `${g.name} missing`);
    for (const r of anchoredRules(g)) {
      const li = page.document.getElementById(r.anchor);
      assert.ok(li, `no line for ${g.id} ${r.rule}`);
      assert.ok(li.querySelector(`a[href="${r.url}"]`), `${r.anchor} does not link ${r.url}`);
      assert.ok(li.textContent?.includes(r.says), `${r.anchor} does not say what the data says`);
    }
  }
  for (const d of guidelines.disagreements) {
    const heading = page.document.getElementById(d.id);
    assert.equal(heading?.textContent?.trim(), d.topic);
  }
});

test('/guidelines/: the table has a row per code named, and each cell links rules that name that code', () => {
  const page = builtPage(GUIDELINES);
  const rows = [...page.document.querySelectorAll('#by-code ~ section table tbody tr, section[aria-labelledby="by-code"] tbody tr')];
  const named = new Set(guidelines.guidelines.flatMap((g) => g.rules.flatMap((r) => r.codes)));
  assert.equal(rows.length, named.size);
  const row422 = rows.find((r) => r.querySelector('th')?.textContent?.trim() === '422');
  const cells = [...(row422?.querySelectorAll('td') ?? [])].map((td) => td.textContent ?? '');
  const zalando = guidelines.guidelines.findIndex((g) => g.id === 'zalando');
  assert.ok(cells[zalando]?.includes('#150 (422)'), `Zalando's cell for 422: ${cells[zalando]}`);
});

test('/grpc/ shows all 17 codes with their HTTP code, and the HTTP → gRPC table with its fallback', () => {
  const page = builtPage(GRPC);
  const first = [...page.document.querySelectorAll('section[aria-labelledby="grpc-to-http"] tbody tr')];
  assert.equal(first.length, 17);
  for (const c of grpc.toHttp) {
    const row = page.document.getElementById(c.name.toLowerCase().replaceAll('_', '-'));
    assert.ok(row?.textContent?.includes(`${c.number} ${c.name}`), `${c.name} missing`);
    assert.ok(row?.querySelector(`a[href="/${c.http}/"]`), `${c.name} does not link /${c.http}/`);
  }
  const notFound = page.document.getElementById('not-found');
  assert.ok(notFound?.textContent?.includes('UNIMPLEMENTED'), 'NOT_FOUND → 404 is read back as UNIMPLEMENTED');
  const second = [...page.document.querySelectorAll('section[aria-labelledby="http-to-grpc"] tbody tr')];
  assert.equal(second.length, grpc.fromHttp.length + 1);
  for (const r of grpc.fromHttp) {
    assert.ok(
      second.some((tr) => tr.querySelector('th a')?.getAttribute('href') === `/${r.http}/` && tr.textContent?.includes(r.grpc)),
      `${r.http} → ${r.grpc}`,
    );
  }
  const text = page.document.querySelector('main')?.textContent ?? '';
  for (const p of grpc.asymmetry) assert.ok(text.includes(p.slice(0, 60)));
});

test('every code the two pages link has its page', () => {
  const links = [...codeLinks(GUIDELINES), ...codeLinks(GRPC)];
  assert.ok(links.length > 100, `only ${links.length} code links`);
  assert.deepEqual(
    [...new Set(links)].filter((c) => !existsSync(join(DIST, String(c), 'index.html'))),
    [],
  );
});

test('the JSON exports carry a version and the whole data', () => {
  const g = JSON.parse(readFileSync(join(DIST, FILES.guidelinesExport), 'utf8')) as {
    version: number;
    guidelines: unknown[];
    disagreements: unknown[];
  };
  assert.equal(g.version, 1);
  assert.equal(g.guidelines.length, 6);
  assert.equal(g.disagreements.length, guidelines.disagreements.length);
  const r = JSON.parse(readFileSync(join(DIST, FILES.grpcExport), 'utf8')) as { version: number; toHttp: unknown[]; fromHttp: unknown[] };
  assert.equal(r.version, 1);
  assert.equal(r.toHttp.length, 17);
  assert.equal(r.fromHttp.length, grpc.fromHttp.length);
});
