// Headline figures for the selected area (or England): its recorded figures, the projection in the target year
// with its 80% range, the milestones (first projected year, 2030/31, 2035/36), the target and the gap to it,
// what the figures count, and how accurate the method has been on the past.
import { useShallow } from 'zustand/react/shallow';
import { useId, useState } from 'react';
import { formatNumber, formatRange, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { PER_100K_METRIC, flagLine, isEstimate, metricRange, metricValue, UNDER_DOCTORED_SHARE } from '../../figures/metrics';
import { useScenarioStore } from '../../state/stores/scenario-store';
import { useViewStore } from '../../state/stores/view-store';
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';
import { gapWording, headlineFigures, targetMeaning } from '../../figures/headline-figures';
import { figureBasis } from '../../lib/attribution';
import { DEMAND_LABEL, needIndexFor, per100kLabel, per100kUnit } from '../../figures/demand-basis';
import { PATIENTS_COUNT, underDoctoredRule, WEIGHTED_ESTIMATE_RULE, WEIGHTED_PROJECTION_RULE } from '../../figures/metric-basis';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import { Accuracy } from './Accuracy';
import { AreaTeam } from './AreaTeam';
import { PcnTeam } from './PcnTeam';
import './levers.css';

/** Milestone years: the first projected year, 2030/31 and the last projected year. */
export function milestoneYears(baseYear: number, lastYear: number): number[] {
  return [...new Set([baseYear + 1, 2031, lastYear])].filter((y) => y > baseYear && y <= lastYear).sort((a, b) => a - b);
}

export function HeadlinePanel({ workforce }: { workforce: Workforce }) {
  const id = useId();
  const selected = useViewStore((s) => s.selected);
  // Change is measured from the view's base year, as on the map, the trend index and in presentation.
  const changeBase = useViewStore((s) => s.baseYear);
  const viewYear = useViewStore((s) => s.year);
  const patientBasis = useViewStore((s) => s.patientBasis);
  const { target, targetYear, setTarget, setTargetYear, demand } = useScenarioStore(
    useShallow((s) => ({
      target: s.target,
      targetYear: s.targetYear,
      setTarget: s.setTarget,
      setTargetYear: s.setTargetYear,
      demand: s.demand,
    })),
  );
  const [accuracyOpen, setAccuracyOpen] = useState(false);
  // What is being typed in the target box: it may be empty or half a number ("39.") on the way to one.
  const [targetDraft, setTargetDraft] = useState<string | null>(null);
  const { dataset, projection } = workforce;
  if (!projection) return null;
  const { series } = projection;
  const code = selected[0] ?? ENGLAND;
  const name = dataset.byCode.get(code)?.name ?? code;
  const baseYear = projection.prepared.baseYear;
  const needIndex = needIndexFor(projection.prepared, demand, targetYear);
  const h = headlineFigures({
    series,
    trendSeries: projection.trendSeries,
    code,
    year: targetYear,
    baseYear: changeBase,
    target,
    basis: patientBasis,
    needIndex,
  });
  // Per 100,000 counts the patients the "Patients" control chooses, as the under-doctored flag does.
  const demandMetric = PER_100K_METRIC[patientBasis];
  const patientsWord = patientBasis === 'weighted' ? 'need-weighted patients' : 'patients';
  const estimated = (year: number) => isEstimate(series, demandMetric, year);
  const mark = (year: number, text: string) => (estimated(year) && text !== '—' ? `${text} ${ESTIMATE_MARK}` : text);
  const targetEstimated = target.kind === 'hold' && estimated(target.year);
  const fteRange = metricRange(series, code, 'fte', targetYear, baseYear);
  const per100kRange = metricRange(series, code, demandMetric, targetYear, baseYear);
  const projectedYears = series.years.filter((y) => y > baseYear);
  const rangeNote = projection.rangeCurrent ? '' : ' (updating…)';
  const milestones = [baseYear, ...milestoneYears(baseYear, projectedYears[projectedYears.length - 1] ?? baseYear)];

  return (
    <div className="headline">
      <div className="target-row">
        <label htmlFor={`${id}-year`}>Target year</label>
        <select id={`${id}-year`} value={targetYear} onChange={(e) => setTargetYear(Number(e.target.value))}>
          {projectedYears.map((y) => (
            <option key={y} value={y}>
              {fyLabel(y)}
            </option>
          ))}
        </select>
        <fieldset className="target-kind">
          <legend>Target</legend>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={target.kind === 'hold'}
              onChange={() => setTarget({ kind: 'hold', year: dataset.years[0] ?? baseYear })}
            />
            Hold FTE per 100,000 {patientsWord} at
          </label>
          <select
            aria-label="Level of year"
            value={target.kind === 'hold' ? target.year : ''}
            disabled={target.kind !== 'hold'}
            onChange={(e) => setTarget({ kind: 'hold', year: Number(e.target.value) })}
          >
            {target.kind !== 'hold' && <option value="">—</option>}
            {dataset.years.map((y) => (
              <option key={y} value={y}>
                {fyLabel(y)} level
              </option>
            ))}
          </select>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={target.kind === 'value'}
              onChange={() => setTarget({ kind: 'value', ftePer100k: Math.round((h.per100k ?? 50) * 10) / 10 })}
            />
            A number:
          </label>
          <input
            type="number"
            aria-label={`Target ${per100kUnit(patientBasis)}`}
            min={0}
            max={500}
            step={0.1}
            disabled={target.kind !== 'value'}
            value={target.kind === 'value' ? (targetDraft ?? target.ftePer100k) : ''}
            onChange={(e) => {
              setTargetDraft(e.target.value);
              const v = Number(e.target.value);
              if (e.target.value !== '' && Number.isFinite(v) && v >= 0 && v <= 500) setTarget({ kind: 'value', ftePer100k: v });
            }}
            onBlur={() => setTargetDraft(null)}
          />
        </fieldset>
      </div>
      <h3 className="headline-title">
        {name}, {fyLabel(targetYear)} (projected)
      </h3>
      <dl className="figures" aria-label="Headline figures">
        <div>
          <dt>Projected GP FTE</dt>
          <dd data-testid="headline-fte">{formatNumber(h.fte, 0)}</dd>
          <dd className="sub" data-testid="headline-fte-range">
            80% range {fteRange ? formatRange(fteRange.low, fteRange.high, 0) : 'computing…'}
            {fteRange ? rangeNote : ''}
          </dd>
          <dd className="sub">Current trends: {formatNumber(h.trendFte, 0)}</dd>
        </div>
        <div>
          <dt>Change since {fyLabel(changeBase)}</dt>
          <dd>{formatSigned(h.changeFromBase, 0)} FTE</dd>
        </div>
        <div>
          <dt>{per100kLabel(patientBasis)}</dt>
          <dd data-testid="headline-per100k">{formatNumber(h.per100k, 1)}</dd>
          <dd className="sub">80% range {per100kRange ? formatRange(per100kRange.low, per100kRange.high, 1) : 'computing…'}</dd>
          <dd className="sub" data-testid="headline-target">
            Target: {formatNumber(h.targetPer100k, 1)}
            {targetEstimated ? ` ${ESTIMATE_MARK}` : ''}{' '}
            {target.kind === 'hold' ? `(the ${fyLabel(target.year)} level` : '(a number you set'}
            {needIndex > 1 ? `, raised ${formatNumber((needIndex - 1) * 100, 1)}% for ${DEMAND_LABEL.ageing})` : ')'}
          </dd>
        </div>
        <div>
          <dt>{gapWording(h.gapFte).heading}</dt>
          <dd>{formatNumber(gapWording(h.gapFte).fte, 0)} FTE</dd>
          <dd className="sub">
            {formatNumber(h.gapHoursPerWeek === null ? null : Math.abs(h.gapHoursPerWeek), 0)} GP hours a week
          </dd>
        </div>
      </dl>
      {/* On paper the target's meaning is spelled out, as the controls that set it are not printed. */}
      <p className="print-only target-meaning" data-testid="print-target">
        {targetMeaning({
          target,
          targetPer100k: h.targetPer100k,
          year: targetYear,
          yearLabel: fyLabel,
          basis: patientBasis,
          estimateMark: targetEstimated ? ESTIMATE_MARK : undefined,
          needIndex,
        })}
      </p>
      {/* The map's under-doctored rule on its basis: the print map leaves out the PNG's notes, and this column has room. */}
      <p className="print-only print-flag" data-testid="print-flag">
        {underDoctoredRule({
          basis: patientBasis,
          share: UNDER_DOCTORED_SHARE,
          yearLabel: fyLabel(baseYear),
          threshold: flagLine({ series, englandCode: ENGLAND, basis: patientBasis, flagYear: baseYear }).threshold,
        })}
      </p>
      <table className="milestones">
        <caption>
          {name}: recorded and projected milestones (GP FTE with its 80% range{rangeNote})
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">GP FTE</th>
            <th scope="col">80% range</th>
            <th scope="col">Per 100,000 {patientsWord}</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((year) => {
            const range = metricRange(series, code, 'fte', year, baseYear);
            return (
              <tr key={year}>
                <th scope="row">
                  {fyLabel(year)} {year <= baseYear ? '(recorded)' : '(projected)'}
                </th>
                <td>{formatNumber(metricValue(series, code, 'fte', year, baseYear), 0)}</td>
                <td>{year <= baseYear ? '—' : range ? formatRange(range.low, range.high, 0) : 'computing…'}</td>
                <td>{mark(year, formatNumber(metricValue(series, code, demandMetric, year, baseYear), 1))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <AreaTeam
        series={series}
        code={code}
        name={name}
        englandCode={ENGLAND}
        year={viewYear}
        baseYear={changeBase}
        lastDataYear={baseYear}
        basis={patientBasis}
      />
      <PcnTeam dataset={dataset} series={series} code={code} name={name} englandCode={ENGLAND} year={viewYear} />
      <p className="hint basis">
        {figureBasis(PATIENTS_COUNT[patientBasis])}
        {patientBasis === 'weighted' && ` ${WEIGHTED_PROJECTION_RULE}${targetEstimated ? ` ${WEIGHTED_ESTIMATE_RULE}` : ''}`}
      </p>
      <details className="accuracy" onToggle={(e) => setAccuracyOpen(e.currentTarget.open)}>
        <summary>How accurate is this?</summary>
        {accuracyOpen && <Accuracy prepared={projection.prepared} />}
      </details>
    </div>
  );
}
