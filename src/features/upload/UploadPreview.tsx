// What a checked upload would change, before anything is applied: rows read, accepted and rejected; the
// figures before and after for each sub-ICB and year; a warning (and a choice) where practice rows leave out
// practices; and the rejected rows with their line and reason. Cell text from the file only ever reaches the
// screen as React text (escaped), never as HTML.
import { useCallback, useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/dataset';
import type { SubIcbOverride } from '../../data/apply-overrides';
import { displayName } from '../../data/dataset';
import { formatNumber } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { beforeAfterRows, canAddChange, planOverrides, toOverride, type PracticeRowMode } from './before-after';
import { BeforeAfterTable } from './BeforeAfterTable';
import { PracticeCoverageNotice } from './PracticeCoverageNotice';
import { RejectedRowsTable } from './RejectedRowsTable';
import { PcnRowsTable } from './PcnRowsTable';
import type { UploadSummary } from './upload-format';
import { usePracticeCoverage } from './use-practice-coverage';
import { implausibleFigures } from './plausibility';
import { PlausibilityNotice } from './PlausibilityNotice';
import { describeFormat } from './text-format';

/** Areas named one by one in the summary; the rest are counted. */
const NAMED_AREAS = 8;

export function UploadPreview({
  summary,
  fileName,
  dataset,
  onApply,
  onCancel,
}: {
  summary: UploadSummary;
  fileName: string;
  /** The original baseline (not any figures applied before): "before" in the table. */
  dataset: Dataset;
  onApply: (overrides: SubIcbOverride[]) => void;
  onCancel: () => void;
}) {
  const nameOf = useCallback(
    (code: string) => {
      const area = dataset.byCode.get(code);
      return area ? displayName(area) : code;
    },
    [dataset],
  );
  const names = summary.areaCodes.map(nameOf);
  const lastYear = dataset.years[dataset.years.length - 1] ?? 0;
  const added = summary.years.filter((y) => y > lastYear);
  const gpUsable = summary.overrides.length > 0;
  const usable = gpUsable || summary.pcnOverrides.length > 0;
  const headingId = useId();

  const coverage = usePracticeCoverage(summary.practiceGroups);
  const readyGroups = coverage.status === 'ready' ? coverage.groups : null;
  const flagged = useMemo(() => (readyGroups ?? []).filter((g) => g.coverage.kind !== 'complete'), [readyGroups]);
  // The safe default: add the change where it can be worked out; otherwise replace, confirmed explicitly.
  const [chosenMode, setChosenMode] = useState<PracticeRowMode | null>(null);
  const mode: PracticeRowMode = chosenMode ?? (flagged.some(canAddChange) ? 'add' : 'replace');
  const [confirmed, setConfirmed] = useState(false);
  const planned = useMemo(
    () => planOverrides({ overrides: summary.overrides, coverage: flagged, mode, dataset }),
    [summary.overrides, flagged, mode, dataset],
  );
  const rows = useMemo(() => beforeAfterRows({ planned, dataset, nameOf }), [planned, dataset, nameOf]);
  const needsConfirmation = planned.some((p) => p.method === 'replace');
  const implausible = useMemo(
    () =>
      implausibleFigures({
        figures: planned.map((p, i) => ({ ...p, lines: summary.overrideLines[i] ?? [] })),
        dataset,
      }),
    [planned, summary.overrideLines, dataset],
  );
  const [useAnyway, setUseAnyway] = useState(false);
  const blockedByPlausibility = implausible.length > 0 && !useAnyway;
  const checking = coverage.status === 'checking';

  return (
    <div className="upload-preview" aria-labelledby={headingId} role="region">
      <h3 id={headingId}>Check before applying: {fileName}</h3>
      <dl className="figures">
        <div>
          <dt>Rows read</dt>
          <dd>{formatNumber(summary.rowsRead)}</dd>
        </div>
        <div>
          <dt>Accepted</dt>
          <dd>{formatNumber(summary.rowsAccepted)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{formatNumber(summary.rowsRejected)}</dd>
        </div>
      </dl>
      {summary.format && <p className="hint">Read as {describeFormat(summary.format)}.</p>}
      {gpUsable && (
        <p>
          The accepted rows give figures for{' '}
          <strong>
            {summary.areaCodes.length} sub-ICB{summary.areaCodes.length === 1 ? '' : 's'}
          </strong>{' '}
          ({names.slice(0, NAMED_AREAS).join('; ')}
          {names.length > NAMED_AREAS ? `; and ${names.length - NAMED_AREAS} more` : ''}) in{' '}
          <strong>{summary.years.map(fyLabel).join(', ')}</strong>.
          {added.length > 0 &&
            ` ${added.map(fyLabel).join(', ')} ${added.length === 1 ? 'is' : 'are'} added after ${fyLabel(lastYear)}, so projections will start from ${fyLabel(added[added.length - 1] ?? lastYear)}.`}
        </p>
      )}
      <PcnRowsTable rows={summary.pcnOverrides} nameOf={nameOf} />
      {!usable && <p role="alert">No row in this file can be used, so there is nothing to apply.</p>}
      {checking && <p role="status">Checking which practices your file leaves out…</p>}
      {flagged.length > 0 && (
        <PracticeCoverageNotice
          groups={flagged}
          nameOf={nameOf}
          mode={mode}
          onMode={setChosenMode}
          confirmed={confirmed}
          onConfirm={setConfirmed}
          needsConfirmation={needsConfirmation}
        />
      )}
      {gpUsable && !checking && implausible.length > 0 && (
        <PlausibilityNotice figures={implausible} nameOf={nameOf} accepted={useAnyway} onAccept={setUseAnyway} />
      )}
      {gpUsable && !checking && <BeforeAfterTable rows={rows} />}
      <RejectedRowsTable summary={summary} fileName={fileName} />
      <div className="upload-actions">
        <button
          type="button"
          className="button"
          onClick={() => onApply(planned.map(toOverride))}
          disabled={!usable || checking || (needsConfirmation && !confirmed) || blockedByPlausibility}
        >
          Apply these figures
        </button>{' '}
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
        {usable && needsConfirmation && !confirmed && (
          <span className="hint"> To apply, confirm above that the listed practices replace their sub-ICBs&apos; figures.</span>
        )}
        {usable && blockedByPlausibility && (
          <span className="hint"> To apply, check the figures flagged above and tick “Use these figures anyway”.</span>
        )}
      </div>
    </div>
  );
}
