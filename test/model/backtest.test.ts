// The back-test that can fail: the app's own projection code (prepareProjection, projectScenario, nationalSpread)
// run from past origins with only what was known then (dataAsOf), on the committed data, against "no change" and
// each area's own trend. The criteria are issue 8's; MODEL.md "Back-test" has the tables this prints.
import { describe, it, expect, beforeAll } from 'vitest';
import { gatedOrigins, runBacktest, trainingBlendScan, type Backtest, type OriginResult } from '../../src/model';
import { fyLabel } from '../../src/lib/years';
import { realProjectionData } from '../support/real-data';

const data = realProjectionData();
let backtest: Backtest;

const f = (n: number) => n.toFixed(2);

function report(b: Backtest): string {
  const row = (o: OriginResult) =>
    `| ${fyLabel(o.origin)} | ${f(o.subicb.model)} | ${f(o.subicb.noChange)} | ${f(o.subicb.linearTrend)} | ${f(o.subicb.compoundTrend)} | ${f(o.subicb.pairedT)} | ${f(o.icb.model)} | ${f(o.icb.noChange)} | ${f(o.icb.linearTrend)} | ${f(o.icb.compoundTrend)} | ${f(o.englandError)} |`;
  const coverage = b.origins
    .flatMap((o) =>
      o.coverage.map(
        (c) => `| ${fyLabel(o.origin)} | ${c.yearsAhead} | ${fyLabel(c.year)} | ${c.subicb.toFixed(0)} | ${c.icb.toFixed(0)} |`,
      ),
    )
    .join('\n');
  return [
    `MAPE of ${fyLabel(b.target)} GP FTE, %`,
    '| from | sub-ICB model | no change | linear | compound | paired t | ICB model | no change | linear | compound | England error % |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...b.origins.map(row),
    ...(b.nineYear ? [row(b.nineYear).replace(/^\| [^|]+/, `| ${fyLabel(b.nineYear.origin)} (9 years, as happened)`)] : []),
    '',
    'Share of areas inside their 80% range, %',
    '| from | years ahead | year | sub-ICB | ICB |',
    '|---|---|---|---|---|',
    coverage,
  ].join('\n');
}

beforeAll(() => {
  backtest = runBacktest(data);
  console.log(report(backtest));
});

describe('rolling-origin back-test (origins 2019/20, 2020/21, 2021/22 -> 2024/25; 2018/19 reported)', () => {
  const gated = gatedOrigins(data.years);

  it('runs from the origins the issue names', () => {
    expect(gated.map(fyLabel)).toEqual(['2019/20', '2020/21', '2021/22']);
    expect(backtest.origins.map((o) => fyLabel(o.origin))).toEqual(['2018/19', '2019/20', '2020/21', '2021/22']);
    for (const o of backtest.origins) {
      expect(o.subicb.areas).toBe(106);
      expect(o.icb.areas).toBe(42);
    }
  });

  it('is no worse than "no change" at sub-ICB and ICB level (MAPE within 0.3 points) at each gated origin', () => {
    for (const o of backtest.origins.filter((x) => gated.includes(x.origin))) {
      expect(o.subicb.model, `sub-ICB from ${fyLabel(o.origin)}`).toBeLessThanOrEqual(o.subicb.noChange + 0.3);
      expect(o.icb.model, `ICB from ${fyLabel(o.origin)}`).toBeLessThanOrEqual(o.icb.noChange + 0.3);
    }
  });

  it('has sub-ICB absolute errors no worse than "no change" by a paired t of at most 1.0 at each gated origin', () => {
    for (const o of backtest.origins.filter((x) => gated.includes(x.origin)))
      expect(o.subicb.pairedT, `paired t from ${fyLabel(o.origin)}`).toBeLessThanOrEqual(1.0);
  });

  it("beats each area's own linear and compound trend by a quarter at least", () => {
    for (const o of backtest.origins.filter((x) => gated.includes(x.origin))) {
      expect(o.subicb.model).toBeLessThanOrEqual(0.75 * Math.min(o.subicb.linearTrend, o.subicb.compoundTrend));
      expect(o.icb.model).toBeLessThanOrEqual(0.75 * Math.min(o.icb.linearTrend, o.icb.compoundTrend));
    }
  });

  it('gets England within 2% from each gated origin, and within 4.5% from 2018/19', () => {
    for (const o of backtest.origins) {
      const limit = gated.includes(o.origin) ? 2 : 4.5;
      expect(Math.abs(o.englandError), `England from ${fyLabel(o.origin)}`).toBeLessThanOrEqual(limit);
    }
  });

  it('has 80% ranges that hold 75-90% of sub-ICBs and of ICBs one, two and three years ahead', () => {
    const origins = backtest.origins.filter((x) => gated.includes(x.origin));
    for (const ahead of [1, 2, 3]) {
      const rows = origins.flatMap((o) => o.coverage.filter((c) => c.yearsAhead === ahead));
      expect(rows).toHaveLength(3);
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      for (const level of ['subicb', 'icb'] as const) {
        const covered = mean(rows.map((r) => r[level]));
        expect(covered, `${level}, ${ahead} years ahead`).toBeGreaterThanOrEqual(75);
        expect(covered, `${level}, ${ahead} years ahead`).toBeLessThanOrEqual(90);
      }
    }
  });
});

describe('nine-year test (2015/16 -> 2024/25, inputs as they happened)', () => {
  it('gets England within 3%, sub-ICBs within 10% and ICBs within 5.5% (MAPE)', () => {
    const nine = backtest.nineYear;
    expect(nine).not.toBeNull();
    if (!nine) return;
    expect(fyLabel(nine.origin)).toBe('2015/16');
    expect(Math.abs(nine.englandError)).toBeLessThanOrEqual(3);
    expect(nine.subicb.model).toBeLessThanOrEqual(10);
    expect(nine.icb.model).toBeLessThanOrEqual(5.5);
  });
});

describe('the training-share blend λ', () => {
  it('is the default the back-test chooses: within 0.1 of the λ with the lowest sub-ICB MAPE', () => {
    const scan = trainingBlendScan(data, gatedOrigins(data.years), data.years[data.years.length - 1] ?? 0);
    console.log(scan.rows.map((r) => `λ ${r.lambda}: ${r.subicbMape.toFixed(3)}%`).join('; '));
    expect(Math.abs(scan.chosen - scan.best)).toBeLessThanOrEqual(0.1);
    // Sharing new GPs wholly by where trainees are (λ = 1) is clearly worse than by FTE (λ = 0).
    const mape = (lambda: number) => scan.rows.find((r) => r.lambda === lambda)?.subicbMape ?? Number.NaN;
    expect(mape(1)).toBeGreaterThan(mape(0) + 0.5);
  });
});
