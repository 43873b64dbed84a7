// "What would it take?": the value of one lever (in the scope in force) that brings the selected area's
// FTE per 100,000 patients in the target year to the target, by bisection (the model is monotone in each lever).
import { useId, useState } from 'react';
import {
  LEVERS,
  clampToConfig,
  goalSeek,
  leverConfigForScope,
  scopeShares,
  type GoalSeekResult,
  type LeverKey,
  type LeverValues,
} from '../../model';
import { englandLeverValues, resolveScopes, scopeLeverValues } from '../../lib/model-inputs';
import { projectionSeries } from '../../lib/projection-series';
import { metricValue } from '../../lib/metrics';
import { LAST_PROJECTION_YEAR, fyLabel, yearRange } from '../../lib/years';
import { ENGLAND_SCOPE, useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import { ENGLAND, runProjection, type Workforce } from '../../state/use-workforce';
import { headlineFigures } from '../../lib/headline-figures';
import { formatLever } from '../../lib/lever-format';
import { formatNumber } from '../../lib/format';

export function GoalSeek({ workforce }: { workforce: Workforce }) {
  const id = useId();
  const [leverKey, setLeverKey] = useState<LeverKey>('internationalRecruitment');
  const [result, setResult] = useState<{ text: string; apply: number | null } | null>(null);
  const scenario = useScenarioStore();
  const selected = useViewStore((s) => s.selected);
  const { projection, dataset } = workforce;
  if (!projection) return null;
  const { inputs } = projection;
  const code = selected[0] ?? ENGLAND;
  const { scope, targetYear, target } = scenario;

  const solve = () => {
    const englandValues = englandLeverValues(inputs, scenario.englandLevers);
    const shares = scopeShares({ areas: inputs.areas, areaCodes: inputs.subIcbsOf(scope) });
    const scopeValues =
      scope === ENGLAND_SCOPE ? englandValues : scopeLeverValues(inputs, scope, englandValues, scenario.scopeLevers[scope]);
    const config =
      scope === ENGLAND_SCOPE
        ? (LEVERS.find((l) => l.key === leverKey) ?? LEVERS[0])
        : leverConfigForScope(leverKey, shares, scopeValues[leverKey]);
    const targetPer100k = headlineFigures({
      series: projection.series,
      trendSeries: projection.trendSeries,
      code,
      year: targetYear,
      baseYear: inputs.baseYear,
      target,
    }).targetPer100k;
    if (targetPer100k === null) {
      setResult({ text: 'There is no target value for this area and year.', apply: null });
      return;
    }
    const run = (v: number) => {
      const levers: LeverValues = { ...scopeValues, [leverKey]: v };
      const england = scope === ENGLAND_SCOPE ? levers : englandValues;
      const scopes = resolveScopes(
        inputs,
        england,
        scope === ENGLAND_SCOPE
          ? scenario.scopeLevers
          : { ...scenario.scopeLevers, [scope]: { ...scenario.scopeLevers[scope], [leverKey]: v } },
      );
      const series = projectionSeries({
        history: dataset.history,
        projections: runProjection(inputs, england, scopes, scenario.patientGrowth),
        hierarchy: inputs.hierarchy,
        projectedYears: yearRange(inputs.baseYear + 1, LAST_PROJECTION_YEAR),
      });
      return metricValue(series, code, 'ftePer100k', targetYear, targetYear) ?? Number.NaN;
    };
    const found: GoalSeekResult = goalSeek({
      run,
      target: targetPer100k,
      lever: { ...config, label: config.label },
      tolerance: 0.05,
    });
    const where = `${dataset.byCode.get(code)?.name ?? code} in ${fyLabel(targetYear)}`;
    if (found.status === 'found') {
      setResult({
        text: `${config.label} of ${formatLever(config, found.value)} brings ${where} to ${formatNumber(found.result, 1)} GP FTE per 100,000 patients (target ${formatNumber(targetPer100k, 1)}).`,
        apply: clampToConfig(config, found.value),
      });
    } else {
      setResult({
        text: `Cannot be reached with ${config.label} alone within its range (${formatLever(config, config.min)} to ${formatLever(config, config.max)}): the closest is ${formatNumber(found.bestResult, 1)} per 100,000 at ${formatLever(config, found.bestValue)}, against a target of ${formatNumber(targetPer100k, 1)}.`,
        apply: null,
      });
    }
  };

  return (
    <div className="goal-seek">
      <h3>What would it take?</h3>
      <p className="hint">
        Finds the value of one lever, in the scope in force, that meets the target for the selected area (or England) in the
        target year.
      </p>
      <div className="goal-row">
        <label htmlFor={`${id}-lever`}>Lever to solve for</label>
        <select id={`${id}-lever`} value={leverKey} onChange={(e) => setLeverKey(e.target.value as LeverKey)}>
          {LEVERS.map((l) => (
            <option key={l.key} value={l.key}>
              {l.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={solve}>
          Find the value
        </button>
      </div>
      {result && (
        <div role="status" className="goal-result">
          <p>{result.text}</p>
          {result.apply !== null && (
            <button type="button" className="button secondary" onClick={() => scenario.setLever(leverKey, result.apply ?? 0)}>
              Apply this value
            </button>
          )}
        </div>
      )}
    </div>
  );
}
