// "About the data" > The projection: the method in plain words, and England's "current trends" milestones
// beside published national projections (REAL Centre 2022, NHS Long Term Workforce Plan 2023), converted to
// the bulletin's basis they use.
import { useMemo } from 'react';
import { allocationRule, projectScenario } from '../../model';
import { formatNumber, formatRange } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { REAL_CENTRE_2022 } from './benchmarks';
import { CURRENT_TRENDS, ENGLAND, useProjectionInputs } from '../../state/workforce/use-workforce';
import { useNationalSpread } from '../../state/workforce/national-spread';

export function AboutProjection() {
  const { prepared, training } = useProjectionInputs();
  const { spread } = useNationalSpread(prepared, CURRENT_TRENDS.englandLevers);
  const england = useMemo(
    () => (prepared ? projectScenario(prepared, CURRENT_TRENDS, spread).byArea.get(ENGLAND) : undefined),
    [prepared, spread],
  );
  if (!prepared || !england) return <p role="status">Loading the projection's data…</p>;
  const { jumpOff, calibration, years } = prepared;
  const factor = jumpOff?.factorFte ?? 1;
  const at = (year: number) => {
    const i = years.indexOf(year);
    return { fte: england.fte[i], low: england.low?.[i], high: england.high?.[i] };
  };
  const milestoneYears = [prepared.baseYear + 1, 2031, prepared.toYear].filter(
    (y, i, all) => years.includes(y) && all.indexOf(y) === i,
  );
  const in2031 = at(REAL_CENTRE_2022.year);

  return (
    <>
      <ul>
        <li>
          <strong>England first.</strong> A national stock-and-flow model of fully qualified permanent GPs in four age bands:
          leavers by age band (older bands leave faster; the "Leaver rate" lever scales them), ageing between the bands fitted to
          the recorded age profile, newly qualified GPs from the training pipeline (an intake qualifies 4 years after recruitment,
          one third a year later, times uptake, at 0.65 FTE each), international recruits, returners, and the FTE each GP works
          changing by the participation trend, band by band. Its settings (calibration window {prepared.settings.calibrationYears}{' '}
          years, half-life {prepared.settings.halfLife} years, λ {prepared.settings.lambda}) were chosen by testing them on the
          recorded past.
        </li>
        <li>
          <strong>Other net joiners</strong> ({formatNumber(calibration.otherNetJoiners, 0)} GPs a year) and the participation
          trend are <strong>calibrated</strong> so that the model reproduces the recorded {fyLabel(calibration.fromYear)} to{' '}
          {fyLabel(calibration.toYear)}: they are shown as such, not as sourced figures.
        </li>
        {jumpOff && (
          <li>
            <strong>Jump-off.</strong> {fyLabel(jumpOff.year)} starts from the mean of the monthly bulletin for{' '}
            {jumpOff.months[0]} to {jumpOff.months[jumpOff.months.length - 1]} ({formatNumber(jumpOff.bulletinFte, 0)} FTE),
            converted to the practice-level basis of the area figures by dividing by {jumpOff.factorFte.toFixed(4)} (the bulletin
            ÷ practice-level ratio in {fyLabel(prepared.baseYear)}): {formatNumber(jumpOff.fte, 0)} FTE.
          </li>
        )}
        <li>
          <strong>Areas.</strong> {allocationRule(prepared)}
        </li>
        <li>
          <strong>80% ranges</strong> combine England's uncertainty (a Monte Carlo of future shocks to leaving, joining and
          participation, sized from the recorded years' own errors and never re-fitted to the past, centred on the central figure,
          plus the jump-off's error) with how much each area's share of England has moved from year to year (smaller areas move
          more). They widen with the years ahead. "How accurate is this?" under the Headline shows how the method did on the past
          and how often its ranges held what happened.
        </li>
      </ul>
      <table>
        <caption>England, current trends: projected GP FTE on the practice basis and converted to the bulletin's</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Practice basis</th>
            <th scope="col">80% range</th>
            <th scope="col">Bulletin basis (× {factor.toFixed(4)})</th>
          </tr>
        </thead>
        <tbody>
          {milestoneYears.map((year) => {
            const v = at(year);
            return (
              <tr key={year}>
                <th scope="row">{fyLabel(year)}</th>
                <td>{formatNumber(v.fte, 0)}</td>
                <td>{v.low !== undefined ? formatRange(v.low, v.high, 0) : 'computing…'}</td>
                <td>{formatNumber(v.fte === undefined ? null : v.fte * factor, 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul>
        <li>
          <strong>{REAL_CENTRE_2022.label}</strong>: {REAL_CENTRE_2022.text} This model's current trends give{' '}
          {formatNumber(in2031.fte === undefined ? null : in2031.fte * factor, 0)} FTE on that basis in{' '}
          {fyLabel(REAL_CENTRE_2022.year)}
          {in2031.fte !== undefined
            ? `, ${formatNumber(REAL_CENTRE_2022.neededFte - in2031.fte * factor, 0)} FTE short of the ${formatNumber(REAL_CENTRE_2022.neededFte, 0)} they estimate is needed`
            : ''}
          . Source: {REAL_CENTRE_2022.source}
        </li>
        {training && (
          <li>
            <strong>NHS Long Term Workforce Plan (2023)</strong>: without action, a shortfall of{' '}
            {training.longTermWorkforcePlan.gapWithoutAction.text} GP FTE (demand at 2015's patients per GP). Its training
            trajectory (its points as a training path) is the ready-made scenario "Long Term Workforce Plan 2023". Source:{' '}
            {training.longTermWorkforcePlan.gapWithoutAction.source}
          </li>
        )}
      </ul>
    </>
  );
}
