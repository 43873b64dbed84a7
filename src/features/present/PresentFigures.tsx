// Presentation mode's headline figures for the area on show, in the year on show (not the levers' target
// year), so stepping through the years moves the figures with the map and chart.
import { needIndexFor } from '../../figures/demand-basis';
import { formatNumber, formatRange, formatSigned } from '../../lib/format';
import { metricRange } from '../../figures/metrics';
import { gapWording, headlineFigures } from '../../figures/headline-figures';
import { fyLabel, isProjectedYear } from '../../lib/years';
import { useScenarioStore } from '../../state/stores/scenario-store';
import { useViewStore } from '../../state/stores/view-store';
import { per100kLabel } from '../../figures/demand-basis';
import type { Workforce } from '../../state/workforce/use-workforce';

export function PresentFigures({
  workforce,
  code,
  year,
  baseYear,
}: {
  workforce: Workforce;
  code: string;
  year: number;
  baseYear: number;
}) {
  const target = useScenarioStore((s) => s.target);
  const demand = useScenarioStore((s) => s.demand);
  const basis = useViewStore((s) => s.patientBasis);
  const { projection } = workforce;
  const h = headlineFigures({
    series: workforce.series,
    // Until the projection has run there is only history, and "current trends" is the record itself.
    trendSeries: projection?.trendSeries ?? workforce.series,
    code,
    year,
    baseYear,
    target,
    basis,
    needIndex: projection ? needIndexFor(projection.prepared, demand, year) : 1,
  });
  const range = metricRange(workforce.series, code, 'fte', year, baseYear);
  const projected = isProjectedYear(year, workforce.dataset.years[workforce.dataset.years.length - 1]);
  const targetText = target.kind === 'hold' ? `${fyLabel(target.year)} level` : 'set level';
  const gap = gapWording(h.gapFte);
  return (
    <dl className="present-figures" aria-label="Headline figures">
      <div>
        <dt>{projected ? 'Projected GP FTE' : 'GP FTE'}</dt>
        <dd>{formatNumber(h.fte, 0)}</dd>
        <dd className="sub">
          {projected
            ? `80% range ${range ? formatRange(range.low, range.high, 0) : 'computing…'}; current trends ${formatNumber(h.trendFte, 0)}`
            : 'Recorded'}
        </dd>
      </div>
      <div>
        <dt>{per100kLabel(basis)}</dt>
        <dd>{formatNumber(h.per100k, 1)}</dd>
        <dd className="sub">
          Target ({targetText}): {formatNumber(h.targetPer100k, 1)}
        </dd>
      </div>
      <div>
        <dt>Change since {fyLabel(baseYear)}</dt>
        <dd>{formatSigned(h.changeFromBase, 0)}</dd>
        <dd className="sub">GP FTE</dd>
      </div>
      <div>
        <dt>{gap.heading}</dt>
        <dd>{formatNumber(gap.fte, 0)}</dd>
        <dd className="sub">
          GP FTE ({formatNumber(h.gapHoursPerWeek === null ? null : Math.abs(h.gapHoursPerWeek), 0)} hours a week)
        </dd>
      </div>
    </dl>
  );
}
