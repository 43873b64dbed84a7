// What only the printed page shows: a static drawing of the map (a live Leaflet map does not re-fit to the
// page, so it would print cropped) and a compact list of the scenario's lever values. Both are hidden on
// screen by the print stylesheet's .print-only rule. The map is drawn, synchronously, as printing starts
// (`beforeprint`, or the print media query matching), from the state on screen at that moment.
import { useCallback, useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundariesQuery } from '../../data/queries';
import type { Workforce } from '../../state/use-workforce';
import { useViewStore } from '../../state/view-store';
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

  const draw = useCallback(() => {
    const target = holder.current;
    if (!target || !boundaries.data) return;
    try {
      const canvas = renderMapCanvas(
        screenMapInput({ workforce, boundaries: boundaries.data, view: { level, metric, year, baseYear, selected }, levers: [] }),
        canvasMeasure(),
        // Small enough that, scaled to a column of an A4 page, the legend's text stays readable (about 11 px).
        { width: 900, sideWidth: 320, bare: true },
      );
      target.replaceChildren(canvas);
    } catch (error) {
      // The live map is unaffected; the printed page just says the map could not be drawn.
      target.textContent = `The map could not be drawn for printing: ${error instanceof Error ? error.message : String(error)}`;
    }
  }, [workforce, boundaries.data, level, metric, year, baseYear, selected]);

  useEffect(() => {
    // Chrome fires beforeprint before it lays out the page; the print media query also changes when print is
    // emulated (as the browser tests do). Nothing is drawn until then, so the screen never pays for it.
    const printMedia = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) draw();
    };
    window.addEventListener('beforeprint', draw);
    printMedia?.addEventListener('change', onMedia);
    if (printMedia?.matches) draw();
    return () => {
      window.removeEventListener('beforeprint', draw);
      printMedia?.removeEventListener('change', onMedia);
    };
  }, [draw]);

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
