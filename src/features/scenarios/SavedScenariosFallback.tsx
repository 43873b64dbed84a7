// The saved scenarios when the projection cannot run (a data file failed or is still on its way): they stay
// visible and can be deleted, read from storage as stored (useSavedScenariosReady, which the app runs). Loading,
// comparing and saving need the projection, and the message above this list says which file it waits for.
import { useShallow } from 'zustand/react/shallow';
import { useState } from 'react';
import { useSavedScenarios } from '../../state/saved/store';

export function SavedScenariosFallback() {
  const { hydrated, scenarios, remove, error } = useSavedScenarios(
    useShallow((s) => ({ hydrated: s.hydrated, scenarios: s.scenarios, remove: s.remove, error: s.error })),
  );
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!hydrated) return null;
  return (
    <div className="saved-fallback">
      <p className="hint">
        Your saved scenarios are kept. They can be deleted now; loading, comparing and saving wait for the projection.
      </p>
      {error && <p role="alert">{error}</p>}
      {scenarios.length === 0 ? (
        <p>No saved scenarios yet.</p>
      ) : (
        <ul className="saved-scenarios" aria-label="Saved scenarios">
          {scenarios.map((s) => (
            <li key={s.id}>
              <bdi className="scenario-name">{s.name}</bdi>{' '}
              {confirming === s.id ? (
                <>
                  <button
                    type="button"
                    className="button danger"
                    aria-label={`Yes, delete ${s.name}`}
                    onClick={() => {
                      remove(s.id);
                      setConfirming(null);
                    }}
                  >
                    Yes, delete
                  </button>{' '}
                  <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button secondary"
                  aria-label={`Delete ${s.name}`}
                  onClick={() => setConfirming(s.id)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
