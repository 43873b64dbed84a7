// The Practice view (its own chunk, loaded when a planner opens it): the area's practices as points on the
// dashboard map (PracticeMapLayer, rendered inside the map) and, below the map, their legend, what could not be
// placed or loaded, the practice table and the PCN table (PracticePanel).
import { NO_DATA_COLOUR } from '../../components/map/colours/bins';
import { useDeferredValue, useMemo } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { practiceFiguresQuery } from '../../data/practice-figures';
import { Legend } from '../../components/map/Legend';
import { PracticePoints, type PracticePoint } from '../../components/map/PracticePoints';
import type { Dataset } from '../../data/dataset';
import { LOCATIONS_CREDIT } from '../../lib/attribution';
import { formatNumber } from '../../lib/format';
import { UNDER_DOCTORED_SHARE } from '../../figures/metrics';
import { mapLegendTitle, mapValueFormatter } from '../../components/map/colours/map-figure';
import { PATIENTS_AT_5PX, pcnRows, practiceRadius, type PracticeRow } from './practice-rows';
import { practiceTooltipLines } from './practice-tooltip';
import { fyLabel } from '../../lib/years';
import { usePracticeViewStore } from '../../state/stores/practice-view-store';
import { useViewStore } from '../../state/stores/view-store';
import { PcnTable } from './PcnTable';
import { PracticeTable } from './PracticeTable';
import { useAreaPractices } from './use-area-practices';
import './practices.css';

/** Starts fetching the area's practice files (PracticesToggle calls it on the click, before the view renders). */
export function prefetchPracticeFiles(queryClient: QueryClient, subIcbs: readonly string[]): void {
  for (const code of subIcbs) void queryClient.prefetchQuery(practiceFiguresQuery(code));
}

const NO_ROWS: PracticeRow[] = [];

/** A practice with a row in the year: drawn on the map (if placed) and counted in the sums. */
const reported = (row: PracticeRow) => row.fte !== null || row.patients !== null;

export const BASIS =
  'Practice-level figures from the GP workforce collection: qualified permanent GPs (partners, salaried GPs and retainers; not locums or registrars), FTE, and registered patients.';

export function PracticeMapLayer({ dataset }: { dataset: Dataset }) {
  const open = usePracticeViewStore((s) => s.open);
  return open ? <OpenMapLayer dataset={dataset} /> : null;
}

function OpenMapLayer({ dataset }: { dataset: Dataset }) {
  const view = useAreaPractices(dataset);
  const picked = usePracticeViewStore((s) => s.practice);
  const selectPractice = usePracticeViewStore((s) => s.selectPractice);
  const rows = view?.rows;
  const colourByCode = view?.colourByCode;
  const points = useMemo<PracticePoint[]>(
    () =>
      (rows ?? []).flatMap((row) =>
        reported(row) && row.lat !== null && row.lng !== null
          ? [
              {
                code: row.code,
                name: row.name,
                lat: row.lat,
                lng: row.lng,
                colour: colourByCode?.get(row.code) ?? NO_DATA_COLOUR,
                radius: practiceRadius(row.patients),
              },
            ]
          : [],
      ),
    [rows, colourByCode],
  );
  const byCode = useMemo(() => new Map((rows ?? []).map((r) => [r.code, r])), [rows]);
  const metric = view?.metric;
  const year = view?.year;
  const basis = view?.basis;
  const englandFlagPer100k = view?.englandFlagPer100k ?? null;
  const baseYear = useViewStore((s) => s.baseYear);
  const describe = useMemo(
    () => (code: string) => {
      const row = byCode.get(code);
      if (!row || !metric || year === undefined || basis === undefined) return [code];
      return practiceTooltipLines({ row, metric, year, baseYear, basis, englandFlagPer100k });
    },
    [byCode, metric, year, baseYear, basis, englandFlagPer100k],
  );
  // Drawn once every file has answered, so the points arrive together (and data-practice-points is final).
  if (!view || view.pending > 0 || view.data === null) return null;
  return <PracticePoints points={points} picked={picked} describe={describe} onPick={selectPractice} />;
}

export function PracticePanel({ dataset }: { dataset: Dataset }) {
  const view = useAreaPractices(dataset);
  const picked = usePracticeViewStore((s) => s.practice);
  const selectPractice = usePracticeViewStore((s) => s.selectPractice);
  const baseYear = useViewStore((s) => s.baseYear);
  // The tables (hundreds of rows) render after the points are drawn, in the background.
  const tableRows = useDeferredValue(view?.rows ?? NO_ROWS, NO_ROWS);
  const pcns = useMemo(() => pcnRows(tableRows), [tableRows]);
  if (!view) return <p className="rule">Select an ICB or sub-ICB (on the map or in the Areas table) to see its practices.</p>;

  const { area, rows, metric, year, mapYear, bins, failed, pending, data, scaleNote, notes, basis } = view;
  const shown = rows.filter(reported);
  const unplaced = shown.filter((r) => r.lat === null || r.lng === null);
  const yearNote =
    year !== mapYear
      ? ` The map's year, ${fyLabel(mapYear)}, is projected: practices show ${fyLabel(year)}, the latest recorded year.`
      : '';
  const yi = dataset.years.indexOf(year);
  const areaFte = yi < 0 ? null : (area.fte[yi] ?? null);
  const areaPatients = yi < 0 ? null : (area.patients[yi] ?? null);
  const format = mapValueFormatter(metric);
  const flaggable = shown.filter((r) => r.flagPer100k !== null);
  const flagged = flaggable.filter((r) => r.underDoctored).length;
  const flagCount =
    view.englandFlagPer100k === null
      ? []
      : [
          `${flagged} of ${flaggable.length} practices are below ${Math.round(UNDER_DOCTORED_SHARE * 100)}% of England's rate ` +
            `(${basis === 'weighted' ? 'need-weighted' : 'registered'} patients); each practice is compared with England's rate.`,
        ];

  return (
    <div className="practice-view">
      {pending > 0 && (
        <p className="loading" role="status">
          Loading {pending === 1 ? 'a practice file' : `${pending} practice files`}…
        </p>
      )}
      {failed.length > 0 && (
        <div role="alert" className="panel-error">
          <p>
            <strong>
              {failed.length === 1 ? 'One practice file' : `${failed.length} practice files`} could not be loaded; their practices
              are missing below.
            </strong>
          </p>
          <ul>
            {failed.map((f) => (
              <li key={f.file}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      {data && (
        <>
          <p className="practice-status" role="status">
            {shown.length - unplaced.length} of {shown.length} practices of {area.name} on the map, {fyLabel(year)}.{yearNote}
          </p>
          {unplaced.length > 0 && (
            <p className="practice-unplaced">
              {unplaced.length === 1 ? '1 practice' : `${unplaced.length} practices`} could not be placed:{' '}
              {unplaced.map((r) => `${r.name} (${r.code}${r.postcode ? `, ${r.postcode}` : ''})`).join('; ')}.
            </p>
          )}
          <div className="practice-legend">
            <Legend
              bins={bins}
              title={`Practices: ${mapLegendTitle(metric, year, baseYear)}`}
              format={format}
              note={scaleNote}
              notes={[...notes, ...flagCount, LOCATIONS_CREDIT]}
            />
            <figure className="legend practice-size-legend" aria-label="Legend: circle size">
              <figcaption>Circle area ∝ registered patients</figcaption>
              <ul>
                {[PATIENTS_AT_5PX / 2, PATIENTS_AT_5PX, PATIENTS_AT_5PX * 3].map((patients) => {
                  const r = practiceRadius(patients);
                  return (
                    <li key={patients}>
                      <svg width={2 * r + 2} height={2 * r + 2} aria-hidden="true">
                        <circle cx={r + 1} cy={r + 1} r={r} fill="none" stroke="#333" />
                      </svg>{' '}
                      {formatNumber(patients, 0)} patients
                    </li>
                  );
                })}
              </ul>
            </figure>
          </div>
          <p className="rule">
            {BASIS} Colours follow the map's rules for this metric (the same colour scale for every year when it is on, the
            under-doctored class against England's rate), with the breaks taken from these practices.
          </p>
          {tableRows === NO_ROWS && rows.length > 0 ? (
            <p className="loading" role="status">
              Building the practice tables…
            </p>
          ) : (
            <>
              <PracticeTable
                rows={tableRows}
                years={data.years}
                metric={metric}
                basis={basis}
                caption={`Practices of ${area.name}, ${fyLabel(year)}: ${rows.length} practices in the files (${shown.length} reporting that year)`}
                baseYearLabel={fyLabel(baseYear)}
                picked={picked}
                onPick={selectPractice}
                flagThreshold={view.englandFlagPer100k === null ? null : UNDER_DOCTORED_SHARE * view.englandFlagPer100k}
              />
              <h3 className="practice-subheading">Primary care networks</h3>
              <p className="rule">
                Practices summed by their PCN in the latest practice–PCN map (a practice that closed or merged is counted in the
                years it reported). {area.name}'s own figures for {fyLabel(year)}: {formatNumber(areaFte, 1)} GP FTE,{' '}
                {formatNumber(areaPatients, 0)} patients.
                {failed.length > 0 ? ' Practices of the files that failed are missing from the total.' : ''}
              </p>
              <PcnTable
                rows={pcns}
                caption={`Primary care networks of ${area.name}, ${fyLabel(year)}`}
                totalLabel={`All practices of ${area.name}`}
              />
            </>
          )}
          {picked && !rows.some((r) => r.code === picked) && (
            <p className="rule">
              Practice {picked} is not in {area.name}'s files.
            </p>
          )}
        </>
      )}
    </div>
  );
}
