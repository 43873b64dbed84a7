// Headline figures for the selected area (or England) in the target year, and the target they are held to.
import { useId } from 'react';
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import { ENGLAND, type Workforce } from '../../state/use-workforce';
import { headlineFigures } from '../../lib/headline-figures';

export function HeadlinePanel({ workforce }: { workforce: Workforce }) {
  const id = useId();
  const selected = useViewStore((s) => s.selected);
  const { target, targetYear, setTarget, setTargetYear } = useScenarioStore();
  const { dataset, projection } = workforce;
  if (!projection) return null;
  const code = selected[0] ?? ENGLAND;
  const name = dataset.byCode.get(code)?.name ?? code;
  const baseYear = projection.inputs.baseYear;
  const h = headlineFigures({
    series: projection.series,
    trendSeries: projection.trendSeries,
    code,
    year: targetYear,
    baseYear,
    target,
  });
  const projectedYears = projection.series.years.filter((y) => y > baseYear);

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
            Hold FTE per 100,000 patients at
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
            aria-label="Target FTE per 100,000 patients"
            min={0}
            max={500}
            step={0.1}
            disabled={target.kind !== 'value'}
            value={target.kind === 'value' ? target.ftePer100k : ''}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (e.target.value !== '' && Number.isFinite(v) && v >= 0 && v <= 500) setTarget({ kind: 'value', ftePer100k: v });
            }}
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
          <dd className="sub">Current trends: {formatNumber(h.trendFte, 0)}</dd>
        </div>
        <div>
          <dt>Change from {fyLabel(baseYear)}</dt>
          <dd>{formatSigned(h.changeFromBase, 0)} FTE</dd>
        </div>
        <div>
          <dt>GP FTE per 100,000 patients</dt>
          <dd>{formatNumber(h.per100k, 1)}</dd>
          <dd className="sub">Target: {formatNumber(h.targetPer100k, 1)}</dd>
        </div>
        <div>
          <dt>{h.gapFte !== null && h.gapFte < 0 ? 'Above target by' : 'Gap to target'}</dt>
          <dd>{formatNumber(h.gapFte === null ? null : Math.abs(h.gapFte), 0)} FTE</dd>
          <dd className="sub">
            {formatNumber(h.gapHoursPerWeek === null ? null : Math.abs(h.gapHoursPerWeek), 0)} GP hours a week
          </dd>
        </div>
      </dl>
    </div>
  );
}
