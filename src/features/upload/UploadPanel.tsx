// "Your own figures": a planner loads a CSV of newer or local figures, sees what it would change, and
// applies it (or not). The file is read by a Web Worker in this tab and never sent anywhere; nothing
// changes until "Apply these figures"; "Restore the original data" undoes it in one click.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { areasQuery } from '../../data/queries';
import { buildDataset } from '../../data/dataset';
import { practicePairs, practicesQuery } from '../../data/practices';
import { pcnQuery } from '../../data/pcn';
import { formatNumber } from '../../lib/format';
import { useUploadStore } from '../../state/stores/upload-store';
import { parseInWorker, type ParseJob } from './parse-in-worker';
import { pcnUploadContext, type UploadContext, type UploadSummary } from './upload-format';
import { UploadFormatHelp } from './UploadFormatHelp';
import { UploadPreview } from './UploadPreview';
import './upload.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; bytes: number; fraction: number }
  | { kind: 'preview'; fileName: string; bytes: number; summary: UploadSummary; run: number }
  | { kind: 'failed'; fileName: string; message: string };

/** Whether the file's first line names a practice_code column (then the practice lookup is needed). */
async function mentionsPractices(file: File): Promise<boolean> {
  const head = await file.slice(0, 4096).text();
  return /practice[\s_-]*code/i.test(head.split(/\r?\n/, 1)[0] ?? '');
}

/** Whether the file's first line names a role column (PCN staff rows: then the PCN file is needed to check them). */
async function mentionsRoles(file: File): Promise<boolean> {
  const head = await file.slice(0, 4096).text();
  return (head.split(/\r?\n/, 1)[0] ?? '')
    .split(/[,;\t|]/)
    .some((name) => name.trim().replace(/^"|"$/g, '').trim().toLowerCase() === 'role');
}

/** 1 KB = 1,000 bytes, as the build and benchmarks report sizes. */
const fileSize = (bytes: number) => (bytes < 1e6 ? `${formatNumber(bytes / 1e3, 1)} KB` : `${formatNumber(bytes / 1e6, 1)} MB`);

export function UploadPanel() {
  const areas = useQuery(areasQuery());
  const queryClient = useQueryClient();
  const apply = useUploadStore((s) => s.apply);
  const applied = useUploadStore((s) => s.applied);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const job = useRef<ParseJob | null>(null);
  /** Counts file choices, so a slow earlier one cannot overwrite a later one. */
  const run = useRef(0);
  const id = useId();

  useEffect(
    () => () => {
      job.current?.cancel();
    },
    [],
  );

  const stop = () => {
    job.current?.cancel();
    job.current = null;
    run.current += 1;
    setPhase({ kind: 'idle' });
  };

  async function read(file: File) {
    const baseline = areas.data;
    if (!baseline) return;
    job.current?.cancel();
    const mine = (run.current += 1);
    const current = () => run.current === mine;
    setPhase({ kind: 'reading', fileName: file.name, bytes: file.size, fraction: 0 });
    // Practice rows need the practice -> sub-ICB lookup; if it cannot load, those rows say so.
    const practiceSubIcb = (await mentionsPractices(file).catch(() => true))
      ? await queryClient.fetchQuery(practicesQuery()).then(practicePairs, () => null)
      : [];
    // PCN staff rows are checked against the PCN file's dates, roles and sub-ICBs; if it cannot load, those rows say so.
    const pcn = (await mentionsRoles(file).catch(() => true))
      ? await queryClient.fetchQuery(pcnQuery()).then(pcnUploadContext, () => null)
      : undefined;
    if (!current()) return;
    const context: UploadContext = {
      areaLevels: baseline.areas.map((a) => [a.code, a.level] as const),
      practiceSubIcb,
      baselineYears: baseline.years,
      ...(pcn === undefined ? {} : { pcn }),
    };
    const started = parseInWorker(file, context, (fraction) => {
      if (current()) setPhase((p) => (p.kind === 'reading' ? { ...p, fraction } : p));
    });
    job.current = started;
    try {
      const summary = await started.result;
      if (!current()) return;
      setPhase(
        summary.fileError
          ? { kind: 'failed', fileName: file.name, message: summary.fileError }
          : { kind: 'preview', fileName: file.name, bytes: file.size, summary, run: mine },
      );
    } catch (error) {
      if (current())
        setPhase({
          kind: 'failed',
          fileName: file.name,
          message: `It could not be read (${error instanceof Error ? error.message : String(error)}).`,
        });
    } finally {
      if (job.current === started) job.current = null;
    }
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared, so choosing the same file again (after editing it) reads it again.
    event.currentTarget.value = '';
    if (file) void read(file);
  };

  if (!areas.data) return <p role="status">Waiting for the baseline data…</p>;
  const dataset = buildDataset(areas.data);
  const reading = phase.kind === 'reading';

  return (
    <div className="upload">
      {applied && (
        <p className="notice">
          Your figures from <strong>{applied.fileName}</strong> are in use, as the banner at the top of the page says; its button
          restores the original data. Applying another file replaces them.
        </p>
      )}
      <p>
        Replace or extend the baseline with your own, newer or local, figures for sub-ICBs or practices.{' '}
        <strong>Your file stays on this computer:</strong> it is read here, in this browser tab, and is not uploaded or sent
        anywhere. Nothing changes until you apply it, and reloading the page shows the original data again.
      </p>
      <UploadFormatHelp />
      <p>
        <label htmlFor={`${id}-file`}>Load your own figures (CSV)</label>{' '}
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={onChange} disabled={reading} />
      </p>
      {(phase.kind === 'reading' || phase.kind === 'preview') && (
        <p className="upload-progress">
          <label htmlFor={`${id}-progress`}>Reading CSV</label>{' '}
          <progress id={`${id}-progress`} max={1} value={phase.kind === 'reading' ? phase.fraction : 1} />{' '}
          <span role="status">
            {phase.kind === 'reading' ? `${Math.round(phase.fraction * 100)}%` : 'done'}: {phase.fileName} (
            {fileSize(phase.bytes)})
          </span>{' '}
          {reading && (
            <button type="button" className="button secondary" onClick={stop}>
              Cancel
            </button>
          )}
        </p>
      )}
      {phase.kind === 'failed' && (
        <div role="alert" className="panel-error">
          <p>
            <strong>{phase.fileName} was not used.</strong> {phase.message} Nothing has changed.
          </p>
          <button type="button" className="button secondary" onClick={stop}>
            Dismiss
          </button>
        </div>
      )}
      {phase.kind === 'preview' && (
        <UploadPreview
          // A fresh preview (and choice of how to use practice rows) for every file read.
          key={phase.run}
          summary={phase.summary}
          fileName={phase.fileName}
          dataset={dataset}
          onApply={(overrides) => {
            const pcnOverrides = phase.summary.pcnOverrides;
            const areaCount = new Set([...phase.summary.areaCodes, ...pcnOverrides.map((o) => o.code)]).size;
            apply({ fileName: phase.fileName, overrides, pcnOverrides, areaCount });
            setPhase({ kind: 'idle' });
          }}
          onCancel={stop}
        />
      )}
    </div>
  );
}
