/**
 * A Playwright reporter that lists the slowest tests once the run ends, with their share of the
 * workers' time, so that the test to speed up next is named by the run itself. Playwright's own
 * `reportSlowTests` names slow files only, and only those above a threshold.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const SHOWN = 10;

export default class SlowestTests implements Reporter {
  private readonly runs: { title: string; ms: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = test.location.file.split(/[\\/]/).pop() ?? test.location.file;
    this.runs.push({ title: `${file}:${test.location.line} › ${test.titlePath().slice(3).join(' › ')}`, ms: result.duration });
  }

  onEnd(result: FullResult): void {
    if (this.runs.length === 0) return;
    const total = this.runs.reduce((sum, r) => sum + r.ms, 0);
    const slowest = [...this.runs].sort((a, b) => b.ms - a.ms).slice(0, SHOWN);
    const lines = slowest.map(
      (r) => `  ${(r.ms / 1000).toFixed(1).padStart(5)} s  ${((100 * r.ms) / total).toFixed(1).padStart(4)} %  ${r.title}`,
    );
    console.log(
      [
        '',
        `Slowest ${slowest.length} of ${this.runs.length} tests (${(total / 1000).toFixed(0)} s of test time in ${(result.duration / 1000).toFixed(0)} s):`,
        ...lines,
      ].join('\n'),
    );
  }
}
