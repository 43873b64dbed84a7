// A small inline trend of GP FTE by year, with its figures as the text alternative.
import { formatNumber } from '../../lib/format';
import { sparklinePath } from './practice-rows';
import { fyLabel } from '../../lib/years';

const WIDTH = 64;
const HEIGHT = 18;

export function Sparkline({ values, years }: { values: readonly (number | null)[]; years: readonly number[] }) {
  const recorded = values.flatMap((v, i) => (v === null ? [] : [`${fyLabel(years[i] ?? 0)} ${formatNumber(v, 1)}`]));
  const label = recorded.length > 0 ? `GP FTE by year: ${recorded.join(', ')}` : 'No GP FTE recorded';
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT + 2}
      viewBox={`0 -1 ${WIDTH} ${HEIGHT + 2}`}
    >
      <title>{label}</title>
      <path d={sparklinePath(values, WIDTH, HEIGHT)} fill="none" stroke="currentColor" strokeWidth={1.5} />
    </svg>
  );
}
