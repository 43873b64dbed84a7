// Saved scenarios: save the current levers and target under a name, then load, rename, duplicate, delete,
// or tick up to three to compare. Kept in this browser's localStorage (see src/state/saved-scenarios.ts).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LeverValues } from '../../model';
import { MAX_NAME_LENGTH } from '../../state/saved-scenarios';
import { MAX_COMPARED, useSavedScenarios } from '../../state/saved-scenarios-store';
import { useScenarioStore } from '../../state/scenario-store';
import { ScenarioItem } from './ScenarioItem';
import './scenarios.css';

export function ScenariosPanel({ defaults }: { defaults: LeverValues }) {
  const id = useId();
  const store = useSavedScenarios();
  const { hydrated, hydrate, scenarios, compareIds, notices, error } = store;
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);

  // Storage is read once the data's lever defaults are known: clamping a stored FTE per GP needs them.
  useEffect(() => {
    if (!hydrated) hydrate(defaults);
  }, [hydrated, hydrate, defaults]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const { englandLevers, scopeLevers, target, targetYear, patientGrowth } = useScenarioStore.getState();
    const result = store.save(name, { englandLevers, scopeLevers, target, targetYear, patientGrowth });
    if (!result.ok) {
      setFormError(result.message);
      nameInput.current?.focus();
      return;
    }
    setFormError(null);
    setName('');
    const kept = useSavedScenarios.getState().error === null;
    setStatus(`Saved the current scenario as “${result.scenario.name}”${kept ? '' : ' on this page only'}.`);
  };
  const compareFull = compareIds.length >= MAX_COMPARED;

  return (
    <div className="scenarios">
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" className="button secondary" onClick={store.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <p className="scenario-storage-error" role="alert">
          {error}
        </p>
      )}
      <form className="save-scenario" onSubmit={save}>
        <label htmlFor={`${id}-name`}>Scenario name</label>
        <input
          id={`${id}-name`}
          ref={nameInput}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={formError !== null}
          aria-describedby={`${id}-hint${formError ? ` ${id}-error` : ''}`}
          autoComplete="off"
        />
        <button type="submit" className="button">
          Save current scenario
        </button>
        <p id={`${id}-hint`} className="hint">
          Saves the levers, target and target year as they are now (up to {MAX_NAME_LENGTH} characters of name).
        </p>
        {formError && (
          <p id={`${id}-error`} className="lever-error" role="alert">
            {formError}
          </p>
        )}
      </form>
      <p className="scenario-status" role="status">
        {status}
      </p>
      {scenarios.length === 0 ? (
        <p className="hint">No saved scenarios yet. They are kept in this browser only.</p>
      ) : (
        <>
          <p className="hint" id={`${id}-compare-hint`}>
            Tick “Compare” on up to {MAX_COMPARED} scenarios to see them side by side
            {compareFull ? ` (${MAX_COMPARED} are ticked: untick one to choose another)` : ''}.
          </p>
          <ul className="saved-scenarios" aria-label="Saved scenarios">
            {scenarios.map((s) => (
              <ScenarioItem
                key={s.id}
                scenario={s}
                compared={compareIds.includes(s.id)}
                compareFull={compareFull}
                onToggleCompare={() => store.toggleCompare(s.id)}
                onLoad={() => {
                  useScenarioStore.setState({
                    englandLevers: { ...s.englandLevers },
                    scopeLevers: { ...s.scopeLevers },
                    target: s.target,
                    targetYear: s.targetYear,
                    patientGrowth: s.patientGrowth ?? null,
                  });
                  setStatus(`Loaded “${s.name}”: the levers, target and target year now follow it.`);
                }}
                onRename={(next) => {
                  const result = store.rename(s.id, next);
                  if (result.ok) setStatus(`Renamed “${s.name}” to “${result.scenario.name}”.`);
                  return result;
                }}
                onDuplicate={() => {
                  const result = store.duplicate(s.id);
                  if (result.ok) setStatus(`Duplicated “${s.name}” as “${result.scenario.name}”.`);
                }}
                onDelete={() => {
                  store.remove(s.id);
                  setStatus(`Deleted “${s.name}”.`);
                  nameInput.current?.focus();
                }}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
