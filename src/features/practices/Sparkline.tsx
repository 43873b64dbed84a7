// A small inline trend of a practice's GP FTE by year (recharts, no axes: its own low to its own high), with its
// figures as the text alternative. A year without a figure breaks the line.
//
// Drawn when near view: a recharts chart costs ~10 ms to mount, and an ICB's practice table has up to ~200 rows,
// which held the table back 1-3 s after the map's points (measured in Chromium, NHS Kent and Medway ICB). A row's
// sparkline is drawn once its cell comes within 300 px of the table's visible part, and stays drawn; until then
// the cell holds a box of the same size with the same name, so the text alternative and the layout never wait.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';
import { fyLabel } from '../../lib/years';

const WIDTH = 64;
const HEIGHT = 20;

/** True once the element has come near the view (at once where IntersectionObserver is missing, as in jsdom). */
function useSeen<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: '300px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen];
}

export function Sparkline({ values, years }: { values: readonly (number | null)[]; years: readonly number[] }) {
  const [ref, seen] = useSeen<HTMLSpanElement>();
  const recorded = values.flatMap((v, i) => (v === null ? [] : [`${fyLabel(years[i] ?? 0)} ${formatNumber(v, 1)}`]));
  const label = recorded.length > 0 ? `GP FTE by year: ${recorded.join(', ')}` : 'No GP FTE recorded';
  const data = values.map((fte, i) => ({ i, fte: fte !== null && Number.isFinite(fte) ? fte : null }));
  return (
    <span
      ref={ref}
      className="sparkline"
      role="img"
      aria-label={label}
      title={label}
      style={{ width: WIDTH, height: HEIGHT }}
      data-drawn={seen || undefined}
    >
      {seen && (
        <LineChart
          width={WIDTH}
          height={HEIGHT}
          data={data}
          margin={{ top: 1, right: 1, bottom: 1, left: 1 }}
          accessibilityLayer={false}
        >
          <XAxis dataKey="i" type="number" domain={[0, Math.max(1, values.length - 1)]} hide />
          <YAxis domain={['dataMin', 'dataMax']} hide />
          <Line dataKey="fte" stroke="currentColor" strokeWidth={1.5} dot={false} isAnimationActive={false} />
        </LineChart>
      )}
    </span>
  );
}
