// What only the printed page shows: a static drawing of the map (a live Leaflet map does not re-fit to the
// page, so it would print cropped), a compact list of the scenario's lever values, the chart's measure and unit,
// and the page's context (the data's period, the day it was printed and the view's link). All are hidden on
// screen by the print stylesheet's .print-only rule. The map, date and link are taken as printing starts
// (`beforeprint`, or the print media query matching), from the state on screen at that moment.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundariesQuery, nationalQuery } from '../../data/queries';
import { trendMeasure } from '../../figures/trend-measure';
import { dataPeriod, printedOn } from './export-text';
import type { Workforce } from '../../state/workforce/use-workforce';
import { useLatestBulletin } from '../../state/workforce/use-workforce';
import { useViewStore } from '../../state/stores/view-store';
import { renderMapCanvas, screenMapInput } from './map-png';
import { canvasMeasure } from './paint';
import { useLeverGroups } from './use-lever-groups';

export function PrintMap({ workforce }: { workforce: Workforce }) {
  const holder = useRef<HTMLDivElement>(null);
  const boundaries = useQuery(boundariesQuery());
  const level = useViewStore((s) => s.level);
  const metric = useViewStore((s) => s.metric);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const selected = useViewStore((s) => s.selected);
  const sameScale = useViewStore((s) => s.sameScale);
  const patientBasis = useViewStore((s) => s.patientBasis);
  const { latest } = useLatestBulletin(false);

  const draw = useCallback(() => {
    const target = holder.current;
    if (!target || !boundaries.data) return;
    try {
      const canvas = renderMapCanvas(
        screenMapInput({
          workforce,
          boundaries: boundaries.data,
          view: { level, metric, year, baseYear, selected, sameScale, patientBasis },
          levers: [],
          latest,
        }),
        canvasMeasure(),
        // Small enough that, scaled to a column of an A4 page, the legend's text stays readable (about 11 px).
        { width: 900, sideWidth: 320, bare: true },
      );
      target.replaceChildren(canvas);
    } catch (error) {
      // The live map is unaffected; the printed page just says the map could not be drawn.
      target.textContent = `The map could not be drawn for printing: ${error instanceof Error ? error.message : String(error)}`;
    }
  }, [workforce, boundaries.data, level, metric, year, baseYear, selected, sameScale, patientBasis, latest]);

  useOnPrint(draw);

  return <div ref={holder} className="print-only print-map" data-testid="print-map" />;
}

export function PrintLevers({ workforce }: { workforce: Workforce }) {
  const groups = useLeverGroups(workforce);
  return (
    <div className="print-only print-levers">
      {groups.map((group) => (
        <div key={group.heading}>
          <h3>{group.heading}</h3>
          <ul>
            {group.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** Runs `onPrint` as printing starts: Chrome's beforeprint, or the print media query matching (emulated print). */
function useOnPrint(onPrint: () => void) {
  useEffect(() => {
    // Chrome fires beforeprint before it lays out the page; the print media query also changes when print is
    // emulated (as the browser tests do). Nothing is done until then, so the screen never pays for it.
    const printMedia = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) onPrint();
    };
    window.addEventListener('beforeprint', onPrint);
    printMedia?.addEventListener('change', onMedia);
    if (printMedia?.matches) onPrint();
    return () => {
      window.removeEventListener('beforeprint', onPrint);
      printMedia?.removeEventListener('change', onMedia);
    };
  }, [onPrint]);
}

/** The page's context, beside its title: what period the figures cover, the day printed and the view's link. */
export function PrintContext({ lastDataYear }: { lastDataYear: number }) {
  const national = useQuery(nationalQuery());
  const rows = national.data?.rows;
  const bulletinMonth = rows?.[rows.length - 1]?.date;
  const [moment, setMoment] = useState(() => ({ date: new Date(), href: window.location.href }));
  useOnPrint(useCallback(() => setMoment({ date: new Date(), href: window.location.href }), []));
  return (
    <div className="print-only print-context" data-testid="print-context">
      <p>
        Data: {dataPeriod({ lastDataYear, bulletinMonth })}. {printedOn(moment.date)}.
      </p>
      <p className="print-link">
        This view: <span>{moment.href}</span>
      </p>
    </div>
  );
}

/** The chart's measure and unit, as the chart names them, under its heading on paper. */
export function PrintChartMeasure() {
  const measure = useViewStore((s) => s.measure);
  const baseYear = useViewStore((s) => s.baseYear);
  const basis = useViewStore((s) => s.patientBasis);
  const { label, unit } = trendMeasure(measure, baseYear, basis);
  return (
    <p className="print-only print-measure" data-testid="print-measure">
      Chart: {label}, in {unit}; shaded years are projected.
    </p>
  );
}
