// "What would it take?": the value of one lever, in the scope in force, that brings the selected area's FTE per
// 100,000 patients (registered or need-weighted, as "Patients" chooses) in the target year up to the target, with
// every other lever as it is. Runs the one projection function (projectScenario, through the model's
// solveLeverForTarget) for each trial value; the model is monotone in each lever, so bisection finds it.
// An answer belongs to its question: once the area, scope, lever, target, target year, patients basis, any lever or
// the data change, it is taken off the screen (saying what changed), and "Apply this value" sets the lever in the
// scope the answer names. A value outside what has been recorded for that lever and scope says so.
import { useShallow } from 'zustand/react/shallow';
import { useId, useState } from 'react';
import { ENGLAND_SCOPE, LEVERS, recordedRange, solveLeverForTarget, type LeverKey } from '../../model';
import { DEMAND_PATIENTS, needIndexFor, per100kLabel } from '../../figures/demand-basis';
import { PER_100K_METRIC } from '../../figures/metrics';
import { demandAt } from './goal-seek-run';
import { fyLabel } from '../../lib/years';
import { selectChoices, useScenarioStore } from '../../state/stores/scenario-store';
import { useViewStore } from '../../state/stores/view-store';
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';
import { headlineFigures } from '../../figures/headline-figures';
import { formatNumber } from '../../lib/format';
import { leversInForce } from './levers-in-force';
import {
  goalSeekAnswer,
  goalSeekQuestion,
  listed,
  questionChanges,
  type GoalSeekAnswer,
  type GoalSeekQuestion,
} from './goal-seek-answer';
import './levers.css';

/** Levers worth solving for (LEVERS marks them): the flows and rates, not the training path's timing or the half-life. */
const SOLVABLE = LEVERS.filter((l) => l.solvable);

type Shown =
  | { kind: 'answer'; question: GoalSeekQuestion; subject: string; answer: GoalSeekAnswer }
  | { kind: 'applied'; question: GoalSeekQuestion; text: string };

export function GoalSeek({ workforce }: { workforce: Workforce }) {
  const id = useId();
  const [leverKey, setLeverKey] = useState<LeverKey>('trainingPlaces');
  const [shown, setShown] = useState<Shown | null>(null);
  const { scope, setLeverIn } = useScenarioStore(useShallow((s) => ({ scope: s.scope, setLeverIn: s.setLeverIn })));
  // The choices an answer depends on: any change to them takes the answer off the screen.
  const choices = useScenarioStore(useShallow(selectChoices));
  const selected = useViewStore((s) => s.selected);
  const basis = useViewStore((s) => s.patientBasis);
  const { projection, dataset } = workforce;
  if (!projection) return null;
  const { prepared } = projection;
  const code = selected[0] ?? ENGLAND;
  const nameOf = (c: string) => (c === ENGLAND_SCOPE ? 'England' : (dataset.byCode.get(c)?.name ?? c));
  const question = goalSeekQuestion({ scope, key: leverKey, code, basis, choices, data: prepared });
  const changed = shown ? questionChanges(shown.question, question) : [];

  const solve = () => {
    const asked = selectChoices(useScenarioStore.getState());
    const { targetYear, target } = asked;
    const askedQuestion = goalSeekQuestion({ scope, key: leverKey, code, basis, choices: asked, data: prepared });
    const targetPer100k = headlineFigures({
      series: projection.series,
      trendSeries: projection.trendSeries,
      code,
      year: targetYear,
      baseYear: prepared.baseYear,
      target,
      basis,
      needIndex: needIndexFor(prepared, asked.demand, targetYear),
    }).targetPer100k;
    const where = `${nameOf(code)} in ${fyLabel(targetYear)}`;
    const inForce = leversInForce({ prepared, choices: asked, except: { scope, key: leverKey }, nameOf });
    const context = `Other levers as they are: ${inForce}.`;
    const config = LEVERS.find((l) => l.key === leverKey);
    const lever = `${config?.label ?? leverKey}${scope === ENGLAND_SCOPE ? ' for England' : ` for ${nameOf(scope)}`}`;
    if (targetPer100k === null) {
      setShown({
        kind: 'answer',
        question: askedQuestion,
        subject: lever,
        answer: { lines: ['There is no target value for this area and year.'], apply: null, recorded: null },
      });
      return;
    }
    const solution = solveLeverForTarget({
      prepared,
      choices: asked,
      scope,
      key: leverKey,
      measure: (trial) =>
        demandAt({ history: dataset.history, projection: trial, code, year: targetYear, metric: PER_100K_METRIC[basis] }),
      target: targetPer100k,
      tolerance: 0.001,
    });
    const answer = goalSeekAnswer({
      result: solution.result,
      config: solution.config,
      scope,
      key: leverKey,
      lever,
      where,
      targetText: `the target of ${formatNumber(targetPer100k, 1)} ${per100kLabel(basis)}`,
      per100kUnit: `per 100,000${basis === 'weighted' ? ` ${DEMAND_PATIENTS.weighted}` : ''}`,
      context,
      noEffectWhy:
        leverKey === 'trainingPlaces' || leverKey === 'traineeUptake'
          ? `intakes up to ${prepared.lastFixedIntakeYear} are already in training; a change first adds GPs in ${fyLabel(prepared.lastFixedIntakeYear + 5)}`
          : null,
      range: recordedRange(prepared, scope, leverKey),
      scopeName: scope === ENGLAND_SCOPE ? null : nameOf(scope),
    });
    setShown({ kind: 'answer', question: askedQuestion, subject: lever, answer });
  };

  const apply = (answer: GoalSeekAnswer, subject: string) => {
    const target = answer.apply;
    if (!target) return;
    setLeverIn(target.scope, target.key, target.value);
    // The lever change is a new question: say what was done, not that the answer no longer applies.
    const after = goalSeekQuestion({
      scope,
      key: leverKey,
      code,
      basis,
      choices: selectChoices(useScenarioStore.getState()),
      data: prepared,
    });
    setShown({
      kind: 'applied',
      question: after,
      text: `Applied: ${subject} set to ${target.shown}.`,
    });
  };

  return (
    <div className="goal-seek">
      <h3>What would it take?</h3>
      <p className="hint">
        Finds the value of one lever, in the scope in force ({nameOf(scope)}), that brings the selected area (or England) up to
        the target in the target year, with every other lever as it is; per 100,000 {DEMAND_PATIENTS[basis]}. Changing the area,
        scope, target, target year, patients or any lever clears the answer.
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
      <div role="status" className="goal-result-status">
        {shown?.kind === 'answer' && changed.length === 0 && (
          <div className="goal-result" data-testid="goal-answer">
            {shown.answer.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {shown.answer.recorded && (
              <p className={shown.answer.recorded.outside ? 'goal-outside' : 'hint'} data-testid="goal-recorded">
                <RecordedText text={shown.answer.recorded.text} />
              </p>
            )}
            {shown.answer.apply && (
              <button type="button" className="button secondary" onClick={() => apply(shown.answer, shown.subject)}>
                Apply this value
              </button>
            )}
          </div>
        )}
        {shown?.kind === 'answer' && changed.length > 0 && (
          <p className="hint" data-testid="goal-cleared">
            The answer for {shown.subject} was cleared: {listed(changed)} changed since it was found. Press “Find the value” to
            solve again.
          </p>
        )}
        {shown?.kind === 'applied' && (
          <p className="hint" data-testid="goal-applied">
            {changed.length === 0 ? shown.text : `${shown.text} Since then ${listed(changed)} changed.`}
          </p>
        )}
      </div>
    </div>
  );
}

/** "Outside the recorded range: …" with its heading (up to the first colon) in bold. */
function RecordedText({ text }: { text: string }) {
  const colon = text.indexOf(': ');
  if (colon < 0) return <>{text}</>;
  return (
    <>
      <strong>{text.slice(0, colon + 1)}</strong>
      {text.slice(colon + 1)}
    </>
  );
}
