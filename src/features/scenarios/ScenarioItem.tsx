// One saved scenario in the list: tick to compare, Load, Rename (inline), Duplicate, Delete (after a confirm), and
// its conflicting versions (changed in two tabs at once), each to restore as a scenario of its own or dismiss.
// The name is the person's text: it is only ever rendered as a React text node or an attribute value, and
// on screen inside a <bdi>, so right-to-left text or a bidi override in it cannot reorder the words around it.
import { memo, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { fyLabel } from '../../lib/years';
import type { SavedScenario, StoredScenario } from '../../state/saved/scenarios';
import { THIS_TAB, type ChangeResult } from '../../state/saved/store';
import { CopyLinkButton } from '../../components/ui/CopyLinkButton';
import { scenarioLink } from '../../state/url/share-links';
import type { AreaNameOf } from '../../state/url/url-state';
import { isolate } from '../../lib/typed-names';

/**
 * The handlers take the scenario, so the list can pass the same functions to every row and a row re-renders only
 * when its own scenario or tick changes (memo): with hundreds saved, a change elsewhere redraws no other row.
 */
export interface ScenarioItemProps {
  scenario: StoredScenario;
  compared: boolean;
  /** True when the most scenarios are compared already and this one is not among them. */
  compareFull: boolean;
  onToggleCompare: (scenario: StoredScenario) => void;
  onLoad: (scenario: StoredScenario) => void;
  /** `fromRev`: the version shown when the person began renaming (another tab may change it meanwhile). */
  onRename: (scenario: StoredScenario, name: string, fromRev: string) => ChangeResult;
  onDuplicate: (scenario: StoredScenario) => void;
  onDelete: (scenario: StoredScenario) => void;
  /** Its conflicting versions worth showing (the same array while they do not change, so the row stays memoised). */
  conflicts: readonly StoredScenario[];
  onRestoreConflict: (scenario: StoredScenario, version: StoredScenario) => void;
  onDismissConflict: (scenario: StoredScenario, version: StoredScenario) => void;
  /** Names the areas a shortened link leaves out ("NHS Kent and Medway ICB"); by code without it. */
  areaName?: AreaNameOf;
}

type Mode = 'view' | 'rename' | 'confirm';

/** "England: 2 levers changed; 1 area with its own levers; target year 2035/36". */
export function describeChoices(s: SavedScenario): string {
  const england = Object.keys(s.englandLevers).length;
  const scopes = Object.keys(s.scopeLevers).length;
  const parts = [
    england === 0 ? 'England: current trends' : `England: ${england} ${england === 1 ? 'lever' : 'levers'} changed`,
    ...(scopes ? [`${scopes} ${scopes === 1 ? 'area' : 'areas'} with their own levers`] : []),
    `target year ${fyLabel(s.targetYear)}`,
  ];
  return parts.join('; ');
}

/** "changed 1 Mar 2026, 10:01, in another tab" (without what is not known). */
function whenChanged(version: StoredScenario): string {
  const at = Date.parse(version.savedAt);
  const when = Number.isNaN(at)
    ? ''
    : ` ${new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })}`;
  const where = version.tab === undefined ? '' : version.tab === THIS_TAB ? ' in this tab' : ' in another tab';
  return when || where ? `changed${when}${where ? `,${where}` : ''}` : '';
}

export const ScenarioItem = memo(function ScenarioItem(props: ScenarioItemProps) {
  const { scenario, compared, compareFull, onToggleCompare, onLoad, onRename, onDuplicate, onDelete, conflicts } = props;
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(scenario.name);
  const [renamingFrom, setRenamingFrom] = useState(scenario.rev);
  const [error, setError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  // Where focus goes after the mode changes, so a keyboard user never lands on the page's top.
  const [focusTarget, setFocusTarget] = useState<'rename' | 'delete' | 'input' | 'cancel' | null>(null);
  useEffect(() => {
    const refs = { rename: renameButton, delete: deleteButton, input: nameInput, cancel: cancelDelete };
    if (focusTarget) refs[focusTarget].current?.focus();
  }, [focusTarget, mode]);

  const name = scenario.name;
  const startRename = () => {
    setDraft(name);
    setRenamingFrom(scenario.rev);
    setError(null);
    setMode('rename');
    setFocusTarget('input');
  };
  const endRename = () => {
    setMode('view');
    setError(null);
    setFocusTarget('rename');
  };
  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    const result = onRename(scenario, draft, renamingFrom);
    if (result.ok) endRename();
    else setError(result.message);
  };
  const escape = (cancel: () => void) => (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  return (
    <li className="saved-scenario">
      <div className="saved-scenario-head">
        <input
          type="checkbox"
          id={`${id}-compare`}
          checked={compared}
          disabled={!compared && compareFull}
          onChange={() => onToggleCompare(scenario)}
          aria-label={`Compare ${name}`}
        />
        <bdi className="saved-scenario-name">{name}</bdi>
      </div>
      <p className="saved-scenario-about">{describeChoices(scenario)}</p>
      {conflicts.length > 0 && (
        <div className="saved-scenario-conflicts" role="group" aria-label={`Conflicting versions of ${name}`}>
          <p className="saved-scenario-conflicts-count">
            {conflicts.length} conflicting {conflicts.length === 1 ? 'version' : 'versions'}: changed in another tab at the same
            time as this one. Restore one as a scenario of its own, or dismiss it.
          </p>
          <ul>
            {conflicts.map((version) => {
              const changed = whenChanged(version);
              return (
                <li key={version.rev}>
                  <bdi className="saved-scenario-conflict-name">{version.name}</bdi>
                  <span className="saved-scenario-about">
                    {' '}
                    {describeChoices(version)}
                    {changed ? `; ${changed}` : ''}
                  </span>
                  <span className="saved-scenario-conflict-actions">
                    <button
                      type="button"
                      className="button secondary"
                      aria-label={`Restore ${version.name} as a scenario of its own`}
                      onClick={() => {
                        props.onRestoreConflict(scenario, version);
                        renameButton.current?.focus();
                      }}
                    >
                      Restore
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      aria-label={`Dismiss the conflicting version ${version.name}`}
                      onClick={() => {
                        props.onDismissConflict(scenario, version);
                        renameButton.current?.focus();
                      }}
                    >
                      Dismiss
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {mode === 'view' && (
        <div className="saved-scenario-actions">
          <button type="button" className="button" aria-label={`Load ${name}`} onClick={() => onLoad(scenario)}>
            Load
          </button>
          <button
            type="button"
            className="button secondary"
            ref={renameButton}
            aria-label={`Rename ${name}`}
            onClick={startRename}
          >
            Rename
          </button>
          <button
            type="button"
            className="button secondary"
            aria-label={`Duplicate ${name}`}
            onClick={() => onDuplicate(scenario)}
          >
            Duplicate
          </button>
          <CopyLinkButton
            accessibleName={`Copy link to ${name}`}
            what={`“${isolate(name)}”`}
            getLink={() => scenarioLink(scenario, props.areaName)}
          />
          <button
            type="button"
            className="button secondary"
            ref={deleteButton}
            aria-label={`Delete ${name}`}
            onClick={() => {
              setMode('confirm');
              setFocusTarget('cancel');
            }}
          >
            Delete
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form className="saved-scenario-rename" onSubmit={submitRename} onKeyDown={escape(endRename)}>
          <label htmlFor={`${id}-name`}>
            New name for <bdi>{name}</bdi>
          </label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            autoComplete="off"
          />
          <button type="submit" className="button">
            Save name
          </button>
          <button type="button" className="button secondary" onClick={endRename}>
            Cancel
          </button>
          {error && (
            <p id={`${id}-error`} className="lever-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      {mode === 'confirm' && (
        <div
          className="saved-scenario-confirm"
          role="group"
          aria-label={`Confirm deleting ${name}`}
          onKeyDown={escape(() => {
            setMode('view');
            setFocusTarget('delete');
          })}
        >
          <p>
            Delete “<bdi>{name}</bdi>”? This cannot be undone.
          </p>
          <button type="button" className="button danger" aria-label={`Yes, delete ${name}`} onClick={() => onDelete(scenario)}>
            Delete
          </button>
          <button
            type="button"
            className="button secondary"
            ref={cancelDelete}
            onClick={() => {
              setMode('view');
              setFocusTarget('delete');
            }}
          >
            Keep it
          </button>
        </div>
      )}
    </li>
  );
});
