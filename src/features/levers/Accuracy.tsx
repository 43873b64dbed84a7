// "How accurate is this?": the back-test (src/model/backtest.ts) of the projection method on the recorded past,
// in plain words (errors against "no change" and own trends, and how often the 80% ranges held what happened, by
// years ahead) and two small tables. The worker runs it the first time it is opened.
import type { Backtest, EnglandPair, Prepared } from '../../model';
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { useBacktest } from '../../state/workforce/national-spread';

const pct = (value: number) => `${formatNumber(value, 1)}%`;
const span = (values: readonly number[]) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? pct(low) : `${formatNumber(low, 1)}–${pct(high)}`;
};
const inside = (p: EnglandPair) => p.recorded >= p.low && p.recorded <= p.high;
const mape = (pairs: readonly EnglandPair[], pick: (p: EnglandPair) => number) =>
  (pairs.reduce((s, p) => s + Math.abs(pick(p) / p.recorded - 1), 0) / Math.max(1, pairs.length)) * 100;

/** England's pairs grouped by years ahead, as the test suite gates them. */
export const HORIZON_GROUPS = [
  { from: 1, to: 2, words: 'one or two years ahead' },
  { from: 3, to: 5, words: 'three to five years ahead' },
  { from: 6, to: 9, words: 'six to nine years ahead' },
] as const;

/** How often the ranges held what was recorded, by years ahead, in words. */
export function coverageWords(backtest: Backtest): string[] {
  const pairs = backtest.englandPairs;
  if (pairs.length === 0) return [];
  const groups = HORIZON_GROUPS.map((g) => {
    const at = pairs.filter((p) => p.horizon >= g.from && p.horizon <= g.to);
    const width = (at.reduce((s, p) => s + p.high / p.low - 1, 0) / Math.max(1, at.length)) * 100;
    return { ...g, held: at.filter(inside).length, count: at.length, width };
  }).filter((g) => g.count > 0);
  const first = fyLabel(Math.min(...pairs.map((p) => p.origin)));
  const lines = [
    `How often the 80% ranges held what happened: run from every year since ${first} to every later recorded year, England's range held the recorded figure in ${groups.map((g) => `${g.held} of ${g.count} cases ${g.words}`).join(', ')} (${pairs.filter(inside).length} of ${pairs.length} in all), widening from ${formatNumber(groups[0]?.width ?? 0, 1)}% to ${formatNumber(groups[groups.length - 1]?.width ?? 0, 1)}% of the figure.`,
  ];
  const areaLine = [3, 6, 9]
    .map((h) => {
      const sub = backtest.areaCoverage.find((a) => a.level === 'subicb' && a.horizon === h);
      const icb = backtest.areaCoverage.find((a) => a.level === 'icb' && a.horizon === h);
      return sub && icb
        ? `${formatNumber(sub.coverage, 0)}% of sub-ICBs and ${formatNumber(icb.coverage, 0)}% of ICBs ${h} years ahead`
        : null;
    })
    .filter((x): x is string => x !== null);
  if (areaLine.length) lines.push(`Areas' ranges held ${areaLine.join('; ')}.`);
  return lines;
}

/** The plain-words summary of a back-test. */
export function accuracySummary(backtest: Backtest): string[] {
  const { origins, target } = backtest;
  if (origins.length === 0) return ['There are not enough recorded years to test the method on the past.'];
  const from = origins.map((o) => fyLabel(o.origin));
  const lines = [
    `Run from each of ${from.join(', ')} with only what was known then, the projection's ${fyLabel(target)} GP FTE missed by ${span(origins.map((o) => o.subicb.model))} per sub-ICB on average (ICBs ${span(origins.map((o) => o.icb.model))}). Assuming no change from the same nowcast missed by ${span(origins.map((o) => o.subicb.nowcastNaive))} (ICBs ${span(origins.map((o) => o.icb.nowcastNaive))}); extending each area's own trend missed by ${span(origins.map((o) => Math.min(o.subicb.linearTrend, o.subicb.compoundTrend)))}.`,
  ];
  const pairs = backtest.englandPairs;
  if (pairs.length)
    lines.push(
      `England, from every year to every later one (${pairs.length} cases): the projection missed by ${pct(mape(pairs, (p) => p.model))} on average, no change from the same nowcast by ${pct(mape(pairs, (p) => p.nowcast))}, its own trend by ${pct(
        Math.min(
          mape(pairs, (p) => p.linearTrend),
          mape(pairs, (p) => p.compoundTrend),
        ),
      )}: about as good as assuming no change.`,
    );
  lines.push(...coverageWords(backtest));
  if (backtest.lever) {
    const { lever } = backtest;
    const miss = (v: number) => formatSigned((v / lever.recorded - 1) * 100, 1);
    lines.push(
      `Does the training path predict the GPs who arrived? From ${fyLabel(lever.origin)}, the intakes since ${lever.baseYear} put England's ${fyLabel(lever.target)} headcount ${miss(lever.withRise)}% from the recorded ${formatNumber(lever.recorded, 0)}; without their rise ${miss(lever.withoutRise)}%, with it doubled ${miss(lever.doubled)}%.`,
    );
  }
  if (backtest.nineYear)
    lines.push(
      `Over the whole decade from ${fyLabel(backtest.nineYear.origin)}, with intakes as they happened, areas missed by ${pct(backtest.nineYear.subicb.model)} (sub-ICB) and ${pct(backtest.nineYear.icb.model)} (ICB), against ${pct(backtest.nineYear.subicb.noChange)} and ${pct(backtest.nineYear.icb.noChange)} for no change.`,
    );
  if (backtest.borrowed.length)
    lines.push(
      `The earliest years (${backtest.borrowed.map(fyLabel).join(', ')}) borrow the shock and area spreads of the first later year with enough history: the one place this test looks ahead.`,
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
            <th scope="col">no change (nowcast)</th>
            <th scope="col">own trend</th>
            <th scope="col">ICB: model</th>
            <th scope="col">no change (nowcast)</th>
            <th scope="col">England error</th>
          </tr>
        </thead>
        <tbody>
          {backtest.origins.map((o) => (
            <tr key={o.origin}>
              <th scope="row">{fyLabel(o.origin)}</th>
              <td>{formatNumber(o.subicb.model, 1)}</td>
              <td>{formatNumber(o.subicb.nowcastNaive, 1)}</td>
              <td>{formatNumber(Math.min(o.subicb.linearTrend, o.subicb.compoundTrend), 1)}</td>
              <td>{formatNumber(o.icb.model, 1)}</td>
              <td>{formatNumber(o.icb.nowcastNaive, 1)}</td>
              <td>{formatSigned(o.englandError, 1)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>
          England from every year since {fyLabel(Math.min(...backtest.englandPairs.map((p) => p.origin)))}: by years ahead
        </caption>
        <thead>
          <tr>
            <th scope="col">Years ahead</th>
            <th scope="col">Cases</th>
            <th scope="col">Model error, %</th>
            <th scope="col">No change (nowcast), %</th>
            <th scope="col">Inside the 80% range</th>
            <th scope="col">Range width, %</th>
          </tr>
        </thead>
        <tbody>
          {backtest.englandByHorizon.map((h) => (
            <tr key={h.horizon}>
              <th scope="row">{h.horizon}</th>
              <td>{h.pairs}</td>
              <td>{formatNumber(h.model, 1)}</td>
              <td>{formatNumber(h.nowcast, 1)}</td>
              <td>{formatNumber(h.coverage, 0)}%</td>
              <td>{formatNumber(h.width, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        On need-weighted patients the per 100,000 figures carry the same GP FTE errors; how each area's need ratio will move is
        not tested.
      </p>
      <p className="hint">
        Method and every figure: MODEL.md, "Back-test". The test suite fails if these get worse than the benchmarks, or if the
        ranges hold too few of the recorded figures.
      </p>
    </div>
  );
}
