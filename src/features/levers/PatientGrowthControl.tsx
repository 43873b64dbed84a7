// Demand: registered patients grow by each area's own recent trend, or by one rate a planner sets for all; and need per
// patient stays as it is, or grows with an ageing population (the REAL Centre's 2022 projection), which raises the
// target per 100,000 patients and so what "short of target" counts.
import { useId, useState } from 'react';
import { AGEING_NEED, AGEING_NEED_GROWTH, ageingPremium, compoundAnnualGrowth } from '../../model';
import { formatSigned } from '../../lib/format';
import { PATIENT_GROWTH_RANGE, useScenarioStore } from '../../state/stores/scenario-store';

export function PatientGrowthControl({ englandPatients }: { englandPatients: readonly number[] }) {
  const id = useId();
  const patientGrowth = useScenarioStore((s) => s.patientGrowth);
  const setPatientGrowth = useScenarioStore((s) => s.setPatientGrowth);
  const demand = useScenarioStore((s) => s.demand);
  const setDemand = useScenarioStore((s) => s.setDemand);
  const trend = compoundAnnualGrowth(englandPatients);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? String(Number(((patientGrowth ?? trend) * 100).toFixed(2)));

  const commit = (text: string) => {
    setDraft(null);
    const percent = Number(text.replace(/[%\s]/g, ''));
    if (text.trim() === '' || !Number.isFinite(percent)) {
      setError('Enter patient growth as a number, in % a year.');
      return;
    }
    const value = percent / 100;
    const clamped = Math.min(PATIENT_GROWTH_RANGE.max, Math.max(PATIENT_GROWTH_RANGE.min, value));
    setError(
      clamped === value ? null : `Kept within ${PATIENT_GROWTH_RANGE.min * 100}% to ${PATIENT_GROWTH_RANGE.max * 100}% a year.`,
    );
    setPatientGrowth(clamped);
  };

  return (
    <fieldset className="patient-growth">
      <legend>Patient growth (demand)</legend>
      <label>
        <input type="radio" name={`${id}-growth`} checked={patientGrowth === null} onChange={() => setPatientGrowth(null)} />
        Each area's own trend over the last 5 years (England: {formatSigned(trend * 100, 2)}% a year)
      </label>
      <label>
        <input
          type="radio"
          name={`${id}-growth`}
          checked={patientGrowth !== null}
          onChange={() => setPatientGrowth(Number(trend.toFixed(4)))}
        />
        The same for every area:
      </label>
      <input
        type="text"
        inputMode="decimal"
        className="lever-number"
        aria-label="Patient growth (% a year)"
        disabled={patientGrowth === null}
        value={shown}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
      <span className="lever-unit">% a year</span>
      {error && (
        <p className="lever-error" role="status">
          {error}
        </p>
      )}
      <fieldset className="need-choice">
        <legend>Need per patient</legend>
        <label>
          <input type="radio" name={`${id}-need`} checked={demand === 'lists'} onChange={() => setDemand('lists')} />
          Stays as it is: demand grows with the registered lists
        </label>
        <label>
          <input type="radio" name={`${id}-need`} checked={demand === 'ageing'} onChange={() => setDemand('ageing')} />
          Need grows with an ageing population
        </label>
        <p className="hint">
          Need for GPs: {AGEING_NEED.fromFte.toLocaleString('en-GB')} FTE in {AGEING_NEED.fromYear - 1}/
          {String(AGEING_NEED.fromYear).slice(2)} to {AGEING_NEED.toFte.toLocaleString('en-GB')} in {AGEING_NEED.toYear - 1}/
          {String(AGEING_NEED.toYear).slice(2)} ({formatSigned(AGEING_NEED_GROWTH * 100, 2)}% a year; lists{' '}
          {formatSigned(trend * 100, 2)}%): each patient needs {formatSigned(ageingPremium(trend) * 100, 2)}% more a year, and the
          target rises with it. Source: {AGEING_NEED.source}.
        </p>
      </fieldset>
    </fieldset>
  );
}
