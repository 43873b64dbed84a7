// "How accurate is this?": the back-test (src/model/backtest.ts) of the projection method on the recorded past,
// in plain words and a small table. The worker runs it the first time it is opened.
import type { Backtest, Prepared } from '../../model';
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { useBacktest } from '../../state/workforce/national-spread';

const pct = (value: number) => `${formatNumber(value, 1)}%`;
const span = (values: readonly number[]) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? pct(low) : `${formatNumber(low, 1)}–${pct(high)}`;
};

/** The plain-words summary of a back-test. */
export function accuracySummary(backtest: Backtest): string[] {
  const { origins, target } = backtest;
  if (origins.length === 0) return ['There are not enough recorded years to test the method on the past.'];
  const from = origins.map((o) => fyLabel(o.origin));
  const coverage = origins.flatMap((o) => o.coverage.flatMap((c) => [c.subicb, c.icb]));
  const lines = [
    `Run from each of ${from.join(', ')} with only what was known then, the projection's ${fyLabel(target)} GP FTE missed by ${span(origins.map((o) => o.subicb.model))} per sub-ICB on average (ICBs ${span(origins.map((o) => o.icb.model))}). Assuming no change missed by ${span(origins.map((o) => o.subicb.noChange))} (ICBs ${span(origins.map((o) => o.icb.noChange))}); extending each area's own trend missed by ${span(origins.map((o) => Math.min(o.subicb.linearTrend, o.subicb.compoundTrend)))}.`,
    `England was within ${span(origins.map((o) => Math.abs(o.englandError)))} of what was recorded.`,
    `Read local figures as "about as good as assuming no change, with England's path applied": the data show no way to tell which areas will grow. The 80% ranges held ${span(coverage)} of areas' recorded figures one to three years ahead.`,
  ];
  if (backtest.nineYear)
    lines.push(
      `Over the whole decade from ${fyLabel(backtest.nineYear.origin)}, with intakes as they happened, areas missed by ${pct(backtest.nineYear.subicb.model)} (sub-ICB) and ${pct(backtest.nineYear.icb.model)} (ICB), against ${pct(backtest.nineYear.subicb.noChange)} and ${pct(backtest.nineYear.icb.noChange)} for no change.`,
    );
  return lines;
}

export function Accuracy({ prepared }: { prepared: Prepared }) {
  const backtest = useBacktest(prepared);
  if (!backtest)
    return (
      <p role="status" className="loading">
        Testing the method on the recorded past…
      </p>
    );
  return (
    <div className="accuracy-body">
      {accuracySummary(backtest).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <table>
        <caption>Back-test: mean absolute error in {fyLabel(backtest.target)} GP FTE, % (lower is better)</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Sub-ICB: model</th>
            <th scope="col">no change</th>
            <th scope="col">own trend</th>
            <th scope="col">ICB: model</th>
            <th scope="col">no change</th>
            <th scope="col">England error</th>
          </tr>
        </thead>
        <tbody>
          {backtest.origins.map((o) => (
            <tr key={o.origin}>
              <th scope="row">{fyLabel(o.origin)}</th>
              <td>{formatNumber(o.subicb.model, 1)}</td>
              <td>{formatNumber(o.subicb.noChange, 1)}</td>
              <td>{formatNumber(Math.min(o.subicb.linearTrend, o.subicb.compoundTrend), 1)}</td>
              <td>{formatNumber(o.icb.model, 1)}</td>
              <td>{formatNumber(o.icb.noChange, 1)}</td>
              <td>{formatSigned(o.englandError, 1)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        On need-weighted patients (“Patients: Need-weighted”) the per 100,000 figures carry the same GP FTE errors: demand is each
        sub-ICB's 2024/25 weighted ÷ registered ratio times its projected registered patients, and how that ratio will move is not
        tested here.
      </p>
      <p className="hint">
        Method and every figure: MODEL.md, "Back-test". The test suite fails if these get worse than the benchmarks.
      </p>
    </div>
  );
}
