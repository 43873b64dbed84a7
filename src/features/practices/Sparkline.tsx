// A small inline trend of a practice's GP FTE by year (recharts, no axes: its own low to its own high), with its
// figures as the text alternative. A year without a figure breaks the line.
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';
import { fyLabel } from '../../lib/years';

const WIDTH = 64;
const HEIGHT = 20;

export function Sparkline({ values, years }: { values: readonly (number | null)[]; years: readonly number[] }) {
  const recorded = values.flatMap((v, i) => (v === null ? [] : [`${fyLabel(years[i] ?? 0)} ${formatNumber(v, 1)}`]));
  const label = recorded.length > 0 ? `GP FTE by year: ${recorded.join(', ')}` : 'No GP FTE recorded';
  const data = values.map((fte, i) => ({ i, fte: fte !== null && Number.isFinite(fte) ? fte : null }));
  return (
    <span className="sparkline" role="img" aria-label={label} title={label}>
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
    </span>
  );
}
