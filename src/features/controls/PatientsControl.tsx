// The "Patients" control: which patients the under-doctored flag, the headline's per-100,000 figures, the target,
// "What would it take?" and the trend chart count (registered, or need-weighted by the
// Carr-Hill formula). Native radios in a fieldset, so arrow keys move between them and the legend names the group.
import { useId } from 'react';
import { PATIENT_BASES, PATIENT_BASIS_LABELS } from '../../figures/metric-basis';
import { useViewStore } from '../../state/stores/view-store';
import './patients.css';

export function PatientsControl() {
  const basis = useViewStore((s) => s.patientBasis);
  const setBasis = useViewStore((s) => s.setPatientBasis);
  const id = useId();
  return (
    <fieldset className="patients-control" role="radiogroup" aria-labelledby={`${id}-legend`} aria-describedby={`${id}-hint`}>
      <legend id={`${id}-legend`}>Patients</legend>
      {PATIENT_BASES.map((b) => (
        <label key={b}>
          <input type="radio" name={`${id}-basis`} value={b} checked={basis === b} onChange={() => setBasis(b)} />
          {PATIENT_BASIS_LABELS[b]}
        </label>
      ))}
      <span id={`${id}-hint`} className="visually-hidden">
        the patients the under-doctored flag, per 100,000 figures, the target and goal-seek count
      </span>
    </fieldset>
  );
}
