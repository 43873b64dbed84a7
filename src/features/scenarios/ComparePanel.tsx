// Up to three saved scenarios side by side: their headline figures for the selected area (or England), and a
// map of the difference between two of them. Their projections also appear as extra lines on the trend chart.
import { needIndexFor } from '../../figures/demand-basis';
import { ProjectionStatus } from '../../components/ui/ProjectionStatus';
import { useId, useMemo, useState } from 'react';
import { fyLabel } from '../../lib/years';
import { MAX_COMPARED } from '../../state/saved/store';
import { useScenarioStore } from '../../state/stores/scenario-store';
import { useViewStore } from '../../state/stores/view-store';
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';
import { useProjectionFiles } from '../../state/workforce/projection-files';
import { differenceYear, headlineRows } from './compare-figures';
import { useComparedScenarios } from '../../state/workforce/compare-series';
import { CompareHeadlines } from './CompareHeadlines';
import { DifferenceMap } from './DifferenceMap';
import './scenarios.css';

export function ComparePanel({ workforce }: { workforce: Workforce }) {
  const id = useId();
  const compared = useComparedScenarios(workforce);
  const selected = useViewStore((s) => s.selected);
  const viewYear = useViewStore((s) => s.year);
  const changeBase = useViewStore((s) => s.baseYear);
  const basis = useViewStore((s) => s.patientBasis);
  const targetYear = useScenarioStore((s) => s.targetYear);
  const projectionFiles = useProjectionFiles();
  const [picked, setPicked] = useState<{ a: string | null; b: string | null }>({ a: null, b: null });
  const { dataset, projection } = workforce;
  const code = selected[0] ?? ENGLAND;
  const areaName = dataset.byCode.get(code)?.name ?? code;

  const rows = useMemo(
    () =>
      projection
        ? headlineRows({
            compared,
            trendSeries: projection.trendSeries,
            code,
            baseYear: changeBase,
            basis,
            needIndex: (scenario) => needIndexFor(projection.prepared, scenario.demand, scenario.targetYear),
          })
        : [],
    [compared, projection, code, changeBase, basis],
  );

  if (!projection) return <ProjectionStatus needs="Comparing scenarios" files={projectionFiles} />;
  if (compared.length === 0)
    return (
      <p className="hint">
        Save scenarios under “Saved scenarios”, then tick “Compare” on up to {MAX_COMPARED} of them to see their figures side by
        side here and their projections on the trend chart.
      </p>
    );

  // A picked scenario that is no longer compared falls back to the first ticked (A) and the next other one (B).
  const byId = (pickedId: string | null) => compared.find((c) => c.scenario.id === pickedId);
  const a = byId(picked.a) ?? compared[0];
  const pickedB = byId(picked.b);
  const b = pickedB && pickedB !== a ? pickedB : compared.find((c) => c !== a);
  const baseYear = projection.prepared.baseYear;
  const year = differenceYear(viewYear, baseYear, targetYear);

  return (
    <div className="compare">
      <CompareHeadlines basis={basis} rows={rows} areaName={areaName} baseYear={changeBase} />
      <h3>Difference map</h3>
      {!a || !b ? (
        <p className="hint">Tick a second scenario to map where the two differ.</p>
      ) : (
        <>
          <div className="compare-pickers">
            <label htmlFor={`${id}-a`}>First scenario</label>
            <select
              id={`${id}-a`}
              value={a.scenario.id}
              onChange={(e) =>
                setPicked({ a: e.target.value, b: e.target.value === b.scenario.id ? a.scenario.id : b.scenario.id })
              }
            >
              {compared.map((c) => (
                <option key={c.scenario.id} value={c.scenario.id}>
                  {c.scenario.name}
                </option>
              ))}
            </select>
            <span aria-hidden="true">minus</span>
            <label htmlFor={`${id}-b`}>Second scenario</label>
            <select
              id={`${id}-b`}
              value={b.scenario.id}
              onChange={(e) =>
                setPicked({ a: e.target.value === a.scenario.id ? b.scenario.id : a.scenario.id, b: e.target.value })
              }
            >
              {compared.map((c) => (
                <option key={c.scenario.id} value={c.scenario.id}>
                  {c.scenario.name}
                </option>
              ))}
            </select>
          </div>
          <p className="hint">
            {viewYear > baseYear
              ? `The year chosen above, ${fyLabel(year)}.`
              : `${fyLabel(viewYear)} is recorded history, the same in every scenario, so the map shows the target year, ${fyLabel(year)}.`}
          </p>
          <DifferenceMap workforce={workforce} a={a} b={b} year={year} />
        </>
      )}
    </div>
  );
}
