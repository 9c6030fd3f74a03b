/**
 * What /guidelines/ shows, worked out from the data: a stable anchor for every rule, and the table
 * of codes × guides whose cells link those anchors. Pure, so the unit tests check the anchors.
 */
import type { Guideline, GuidelineId, GuidelineRule, GuidelinesFile } from './schema.ts';

export interface AnchoredRule extends GuidelineRule {
  /** Its anchor on /guidelines/: "zalando-150-422", "graphql-status-codes-3". */
  anchor: string;
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The guide's rules with anchors made of the guide and the rule id; a repeated id gets -2, -3. */
export function anchoredRules(g: Guideline): AnchoredRule[] {
  const seen = new Map<string, number>();
  return g.rules.map((r) => {
    const base = `${g.id}-${slug(r.rule)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...r, anchor: n === 1 ? base : `${base}-${n}` };
  });
}

export interface CodeRow {
  code: number;
  /** Per guide in the file's order, the rules that name the code. */
  cells: { guideline: GuidelineId; rules: AnchoredRule[] }[];
}

/** Every code some rule names, in numeric order, with each guide's rules for it. */
export function codeTable(data: GuidelinesFile): CodeRow[] {
  const byGuide = data.guidelines.map((g) => ({ id: g.id, rules: anchoredRules(g) }));
  const codes = [...new Set(data.guidelines.flatMap((g) => g.rules.flatMap((r) => r.codes)))].sort((a, b) => a - b);
  return codes.map((code) => ({
    code,
    cells: byGuide.map((g) => ({ guideline: g.id, rules: g.rules.filter((r) => r.codes.includes(code)) })),
  }));
}
