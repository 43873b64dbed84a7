// Saved scenarios: save the current levers and target under a name, then load, rename, duplicate, delete,
// or tick up to three to compare. Kept in this browser's localStorage (see src/state/saved/scenarios.ts), and
// the same in every tab: a change in one tab shows in the others as it is made.
// Names are shown in <bdi> (IsolatedText for messages that contain them).
import { useShallow } from 'zustand/react/shallow';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { IsolatedText } from '../../components/ui/IsolatedText';
import { isolate, nameKey } from '../../lib/typed-names';
import { MAX_NAME_LENGTH, type StoredScenario } from '../../state/saved/scenarios';
import { MAX_COMPARED, useSavedScenarios } from '../../state/saved/store';
import { differs } from '../../state/saved/merge';
import { selectChoices, useScenarioStore } from '../../state/stores/scenario-store';
import type { Projection } from '../../state/workforce/use-workforce';
import type { AreaNameOf } from '../../state/url/url-state';
import { ScenarioItem } from './ScenarioItem';
import { ScenarioFiles } from './ScenarioFiles';
import './scenarios.css';

/** A row's conflicting versions when it has none (one array, so the row's memo holds). */
const NO_CONFLICTS: readonly StoredScenario[] = [];

/** How many saved scenarios the list shows at first, and how many more each "Show more" adds. */
const PAGE = 50;

const count = (n: number) => n.toLocaleString('en-GB');
/** "Showing 50 of 1,000 saved scenarios." / "3 of 1,000 saved scenarios match." / "All 60 saved scenarios shown." */
function countText(shown: number, found: number, all: number, finding: boolean): string {
  if (finding)
    return `${count(found)} of ${count(all)} saved scenarios ${found === 1 ? 'matches' : 'match'}${shown < found ? ` (showing ${count(shown)})` : ''}.`;
  return shown < all ? `Showing ${count(shown)} of ${count(all)} saved scenarios.` : `All ${count(all)} saved scenarios shown.`;
}

export function ScenariosPanel({ projection, areaName }: { projection: Projection; areaName?: AreaNameOf }) {
  const id = useId();
  const store = useSavedScenarios(
    useShallow((s) => ({
      scenarios: s.scenarios,
      conflicts: s.conflicts,
      presets: s.presets,
      compareIds: s.compareIds,
      notices: s.notices,
      error: s.error,
      save: s.save,
      rename: s.rename,
      duplicate: s.duplicate,
      remove: s.remove,
      restoreConflict: s.restoreConflict,
      dismissConflict: s.dismissConflict,
      toggleCompare: s.toggleCompare,
      dismissNotices: s.dismissNotices,
    })),
  );
  const { scenarios, conflicts, compareIds, notices, error } = store;
  // Each scenario's conflicting versions worth showing (those that say something it does not).
  const conflictsOf = useMemo(() => {
    const byId = new Map<string, StoredScenario[]>();
    if (conflicts.length === 0) return byId;
    const scenarioOf = new Map(scenarios.map((s) => [s.id, s]));
    for (const c of conflicts) {
      const scenario = scenarioOf.get(c.id);
      if (scenario && differs(scenario, c)) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
    }
    return byId;
  }, [scenarios, conflicts]);
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);

  // The store is read from storage, kept in step with other tabs and given the presets by useSavedScenariosReady
  // (state/saved/use-saved-scenarios.ts), which the app runs whether or not this panel has loaded.
  const { prepared } = projection;

  // With hundreds saved, the list shows a page at a time (drawing 1,000 rows takes longer than a change should).
  const [shown, setShown] = useState(PAGE);
  // ...and finds one by name (case and invisible characters ignored, as names are compared).
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    const key = nameKey(query.trim());
    return key ? scenarios.filter((s) => nameKey(s.name).includes(key)) : scenarios;
  }, [scenarios, query]);
  const shownCount = Math.min(shown, found.length);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = store.save(name, selectChoices(useScenarioStore.getState()));
    if (!result.ok) {
      setFormError(result.message);
      nameInput.current?.focus();
      return;
    }
    setFormError(null);
    setName('');
    const kept = useSavedScenarios.getState().error === null;
    // With more saved than the list's page shows, the new one (last) is out of sight: say where it is. (Against the
    // page size, not the rows shown before the save: with none saved, none were shown, and the new one is in sight.)
    const hidden = query.trim() === '' && useSavedScenarios.getState().scenarios.length > shown;
    setStatus(
      `Saved the current scenario as “${isolate(result.scenario.name)}”${kept ? '' : ' on this page only'}.${hidden ? ' It is last in the list (“Show more”).' : ''}`,
    );
  };
  const compareFull = compareIds.length >= MAX_COMPARED;
  const { toggleCompare, rename, duplicate, remove, restoreConflict, dismissConflict } = store;
  // The same handlers for every row (each takes its scenario), so a row redraws only when it changes.
  const handlers = useMemo(
    () => ({
      onToggleCompare: (s: StoredScenario) => toggleCompare(s.id),
      onLoad: (s: StoredScenario) => {
        useScenarioStore.getState().loadChoices(s);
        setStatus(`Loaded “${isolate(s.name)}”: the levers, target and target year now follow it.`);
      },
      onRename: (s: StoredScenario, next: string, fromRev: string) => {
        const result = rename(s.id, next, fromRev);
        if (result.ok) setStatus(`Renamed “${isolate(s.name)}” to “${isolate(result.scenario.name)}”.`);
        return result;
      },
      onDuplicate: (s: StoredScenario) => {
        const result = duplicate(s.id);
        if (result.ok) setStatus(`Duplicated “${isolate(s.name)}” as “${isolate(result.scenario.name)}”.`);
      },
      onDelete: (s: StoredScenario) => {
        remove(s.id);
        setStatus(`Deleted “${isolate(s.name)}”.`);
        nameInput.current?.focus();
      },
      onRestoreConflict: (s: StoredScenario, version: StoredScenario) => {
        const result = restoreConflict(s.id, version.rev);
        setStatus(
          result.ok
            ? `Restored the conflicting version of “${isolate(s.name)}” as a scenario of its own, “${isolate(result.scenario.name)}”, just below it.`
            : result.message,
        );
      },
      onDismissConflict: (s: StoredScenario, version: StoredScenario) => {
        dismissConflict(s.id, version.rev);
        setStatus(`Dismissed the conflicting version “${isolate(version.name)}” of “${isolate(s.name)}”.`);
      },
    }),
    [toggleCompare, rename, duplicate, remove, restoreConflict, dismissConflict],
  );

  return (
    <div className="scenarios">
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>
              <IsolatedText text={n} />
            </p>
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
        <IsolatedText text={status} />
      </p>
      <h3 className="presets-heading">Ready-made scenarios</h3>
      <ul className="saved-scenarios presets" aria-label="Ready-made scenarios">
        {store.presets.map((p) => (
          <li key={p.id} className="saved-scenario">
            <div className="saved-scenario-head">
              <input
                type="checkbox"
                checked={compareIds.includes(p.id)}
                disabled={!compareIds.includes(p.id) && compareFull}
                onChange={() => store.toggleCompare(p.id)}
                aria-label={`Compare ${p.name}`}
              />
              <bdi className="saved-scenario-name">{p.name}</bdi>
            </div>
            <div className="saved-scenario-actions">
              <button
                type="button"
                className="button secondary"
                aria-label={`Load ${p.name}`}
                onClick={() => {
                  useScenarioStore.getState().setEnglandLevers(p.englandLevers);
                  setStatus(`England's levers now follow “${isolate(p.name)}”; target and any area's own levers are kept.`);
                }}
              >
                Load
              </button>
            </div>
          </li>
        ))}
      </ul>
      <h3 className="presets-heading">Saved in this browser</h3>
      {scenarios.length === 0 ? (
        <p className="hint">No saved scenarios yet. They are kept in this browser only.</p>
      ) : (
        <>
          <p className="hint" id={`${id}-compare-hint`}>
            Tick “Compare” on up to {MAX_COMPARED} scenarios to see them side by side
            {compareFull ? ` (${MAX_COMPARED} are ticked: untick one to choose another)` : ''}.
          </p>
          {scenarios.length > PAGE && (
            <div className="find-scenario">
              <label htmlFor={`${id}-find`}>Find a saved scenario</label>
              <input
                id={`${id}-find`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                aria-describedby={`${id}-count`}
                autoComplete="off"
              />
              <p className="hint" id={`${id}-count`} data-testid="saved-count">
                {countText(shownCount, found.length, scenarios.length, query.trim() !== '')}
              </p>
            </div>
          )}
          <ul className="saved-scenarios" aria-label="Saved scenarios">
            {found.slice(0, shownCount).map((s) => (
              <ScenarioItem
                key={s.id}
                scenario={s}
                areaName={areaName}
                compared={compareIds.includes(s.id)}
                compareFull={compareFull}
                conflicts={conflictsOf.get(s.id) ?? NO_CONFLICTS}
                {...handlers}
              />
            ))}
          </ul>
          {shownCount < found.length && (
            <button type="button" className="button secondary" onClick={() => setShown(shownCount + PAGE)}>
              Show {Math.min(PAGE, found.length - shownCount)} more saved scenarios
            </button>
          )}
        </>
      )}
      <ScenarioFiles prepared={prepared} />
    </div>
  );
}
