// Scenarios as a file: export the saved scenarios (and which are compared) for a colleague, or import such a
// file. An import is checked like any other input; a bad file is explained and changes nothing.
import { useShallow } from 'zustand/react/shallow';
import { useId, useState, type ChangeEvent } from 'react';
import { scopeLeverConfig, type Prepared } from '../../model';
import { downloadBlob } from '../../lib/download';
import { isolate } from '../../lib/typed-names';
import { IsolatedText } from '../../components/ui/IsolatedText';
import { readScenarioFile, scenarioFileText } from '../../state/saved/scenario-file';
import { useSavedScenarios } from '../../state/saved/store';
import { useViewStore } from '../../state/stores/view-store';
import { LEVEL_LABELS } from '../../figures/map-levels';

/** Larger than any real scenarios file (a few KB each): refused before reading. */
const MAX_FILE_BYTES = 2_000_000;

export function ScenarioFiles({ prepared }: { prepared: Prepared }) {
  const id = useId();
  const store = useSavedScenarios(
    useShallow((s) => ({ scenarios: s.scenarios, compareIds: s.compareIds, saveMany: s.saveMany, addCompared: s.addCompared })),
  );
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const exportFile = () => {
    // The file carries the areas the scenarios were made for: the geography level and the selected areas.
    const { level, selected } = useViewStore.getState();
    const text = scenarioFileText(store.scenarios, store.compareIds, { level, selected });
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `gp-workforce-scenarios-${new Date().toISOString().slice(0, 10)}.json`,
    );
    setMessage({
      text: `Exported ${store.scenarios.length} saved scenario${store.scenarios.length === 1 ? '' : 's'}.`,
      problem: false,
    });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ text: `“${isolate(file.name)}” is too large to be a scenarios file. Nothing was changed.`, problem: true });
      return;
    }
    const read = readScenarioFile(await file.text(), (scope, key, england) => scopeLeverConfig(prepared, scope, key, england));
    if (!read.ok) {
      setMessage({ text: `“${isolate(file.name)}”: ${read.message}`, problem: true });
      return;
    }
    // One change for the whole file: one write to storage, however many scenarios (other tabs read it once).
    const entries = read.scenarios.map(({ name, ...choices }) => ({ name, choices }));
    const saved = store.saveMany(entries);
    // Tick the ones the file compared (by the name in the file), while there is room.
    const comparedIds = saved.flatMap((s, i) => (s && read.compared.includes(entries[i]?.name ?? '') ? [s.id] : []));
    const ticked = store.addCompared(comparedIds);
    const added = saved.filter((s) => s !== null);
    // The file's areas (if it names them: older files do not), those the data knows, are shown as in the file.
    let areaNote = '';
    if (read.area) {
      const selected = read.area.selected.filter((code) => prepared.byCode.has(code));
      useViewStore.setState({ level: read.area.level, selected });
      areaNote = `; showing the areas it was made for (${LEVEL_LABELS[read.area.level]}${selected.length ? `, ${selected.length} selected` : ''})`;
    }
    setMessage({
      text: `Imported ${added.length} scenario${added.length === 1 ? '' : 's'} from “${isolate(file.name)}”${read.skipped ? `; ${read.skipped} could not be read and ${read.skipped === 1 ? 'was' : 'were'} skipped` : ''}${ticked ? `; ${ticked} ticked to compare, as in the file` : ''}${areaNote}.`,
      problem: read.skipped > 0,
    });
  };

  return (
    <div className="scenario-files">
      <h3 className="presets-heading">Share as a file</h3>
      <p className="hint">A file of your saved scenarios (and which you compare) for a colleague to import into their planner.</p>
      <div className="scenario-files-actions">
        <button type="button" className="button secondary" onClick={exportFile} disabled={store.scenarios.length === 0}>
          Export scenarios (file)
        </button>
        <label className="button secondary file-button" htmlFor={`${id}-import`}>
          Import scenarios (file)
        </label>
        <input
          id={`${id}-import`}
          className="visually-hidden-file"
          type="file"
          accept=".json,application/json"
          onChange={importFile}
        />
      </div>
      {message && (
        <p className={message.problem ? 'lever-error' : 'hint'} role={message.problem ? 'alert' : 'status'}>
          <IsolatedText text={message.text} />
        </p>
      )}
    </div>
  );
}
