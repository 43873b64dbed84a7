// "What would it take?": the value of one lever, in the scope in force, that brings the selected area's FTE per
// 100,000 patients (registered or need-weighted, as "Patients" chooses) in the target year up to the target, with
// every other lever as it is. Runs the one projection function (projectScenario) for each trial value; the model is
// monotone in each lever, so bisection finds it.
import { useShallow } from 'zustand/react/shallow';
import { useId, useState } from 'react';
import { ENGLAND_SCOPE, LEVERS, solveLeverForTarget, type LeverKey } from '../../model';
import { DEMAND_PATIENTS, needIndexFor, per100kLabel } from '../../figures/demand-basis';
import { PER_100K_METRIC } from '../../figures/metrics';
import { demandAt } from './goal-seek-run';
import { fyLabel } from '../../lib/years';
import { selectChoices, useScenarioStore } from '../../state/stores/scenario-store';
import { useViewStore } from '../../state/stores/view-store';
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';
import { headlineFigures } from '../../figures/headline-figures';
import { formatLever } from '../../figures/lever-format';
import { formatNumber } from '../../lib/format';
import { leversInForce } from './levers-in-force';
import './levers.css';

/** Levers worth solving for (LEVERS marks them): the flows and rates, not the training path's timing or the half-life. */
const SOLVABLE = LEVERS.filter((l) => l.solvable);

export function GoalSeek({ workforce }: { workforce: Workforce }) {
  const id = useId();
  const [leverKey, setLeverKey] = useState<LeverKey>('trainingPlaces');
  const [result, setResult] = useState<{ lines: string[]; apply: number | null } | null>(null);
  const { scope, targetYear, target, setLever } = useScenarioStore(
    useShallow((s) => ({ scope: s.scope, targetYear: s.targetYear, target: s.target, setLever: s.setLever })),
  );
  const selected = useViewStore((s) => s.selected);
  const basis = useViewStore((s) => s.patientBasis);
  const { projection, dataset } = workforce;
  if (!projection) return null;
  const { prepared } = projection;
  const code = selected[0] ?? ENGLAND;
  const nameOf = (c: string) => dataset.byCode.get(c)?.name ?? c;

  const solve = () => {
    const choices = selectChoices(useScenarioStore.getState());
    const targetPer100k = headlineFigures({
      series: projection.series,
      trendSeries: projection.trendSeries,
      code,
      year: targetYear,
      baseYear: prepared.baseYear,
      target,
      basis,
      needIndex: needIndexFor(prepared, choices.demand, targetYear),
    }).targetPer100k;
    const where = `${nameOf(code)} in ${fyLabel(targetYear)}`;
    const inForce = leversInForce({ prepared, choices, except: { scope, key: leverKey }, nameOf });
    const context = `Other levers as they are: ${inForce}.`;
    if (targetPer100k === null) {
      setResult({ lines: ['There is no target value for this area and year.'], apply: null });
      return;
    }
    const { config, result: found } = solveLeverForTarget({
      prepared,
      choices,
      scope,
      key: leverKey,
      measure: (projection) =>
        demandAt({ history: dataset.history, projection, code, year: targetYear, metric: PER_100K_METRIC[basis] }),
      target: targetPer100k,
      tolerance: 0.001,
    });
    const targetText = `the target of ${formatNumber(targetPer100k, 1)} ${per100kLabel(basis)}`;
    const lever = `${config.label}${scope === ENGLAND_SCOPE ? '' : ` for ${nameOf(scope)}`}`;
    switch (found.status) {
      case 'found':
        setResult({
          lines: [
            `${lever} of ${formatLever(config, found.value)} brings ${where} to ${formatNumber(found.result, 1)}, meeting ${targetText}.`,
            context,
          ],
          apply: found.value,
        });
        return;
      case 'met':
        setResult({
          lines: [
            `Met at every value: even at ${formatLever(config, found.worstValue)}, the least favourable end of its range, ${where} reaches ${formatNumber(found.worstResult, 1)}, above ${targetText}.`,
            context,
          ],
          apply: null,
        });
        return;
      case 'no-effect':
        setResult({
          lines: [
            `${lever} does not change ${where}${leverKey === 'trainingPlaces' || leverKey === 'traineeUptake' ? ` (intakes up to ${prepared.lastFixedIntakeYear} are already in training; a change first adds GPs in ${fyLabel(prepared.lastFixedIntakeYear + 5)})` : ''}: it stays at ${formatNumber(found.result, 1)}, ${found.met ? 'which meets' : 'short of'} ${targetText}.`,
            context,
          ],
          apply: null,
        });
        return;
      case 'unreachable':
        setResult({
          lines: [
            `Cannot be reached with ${lever} alone within its range (${formatLever(config, config.min)} to ${formatLever(config, config.max)}): the closest is ${formatNumber(found.bestResult, 1)} per 100,000${basis === 'weighted' ? ` ${DEMAND_PATIENTS.weighted}` : ''} at ${formatLever(config, found.bestValue)}, against ${targetText}.`,
            context,
          ],
          apply: null,
        });
    }
  };

  return (
    <div className="goal-seek">
      <h3>What would it take?</h3>
      <p className="hint">
        Finds the value of one lever, in the scope in force ({scope === ENGLAND_SCOPE ? 'England' : nameOf(scope)}), that brings
        the selected area (or England) up to the target in the target year, with every other lever as it is; per 100,000{' '}
        {DEMAND_PATIENTS[basis]}.
      </p>
      <div className="goal-row">
        <label htmlFor={`${id}-lever`}>Lever to solve for</label>
        <select id={`${id}-lever`} value={leverKey} onChange={(e) => setLeverKey(e.target.value as LeverKey)}>
          {SOLVABLE.map((l) => (
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
          {result.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {result.apply !== null && (
            <button type="button" className="button secondary" onClick={() => setLever(leverKey, result.apply ?? 0)}>
              Apply this value
            </button>
          )}
        </div>
      )}
    </div>
  );
}
