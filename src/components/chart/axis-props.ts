// The charts' shared axis settings (trend, national and team charts): a numeric time axis ticked where the chart
// says, and a value axis on "nice" ticks, both in the palette's axis and label colours. Spread into recharts' XAxis
// and YAxis, so each chart keeps its own element and adds what it alone needs.
import { formatNumber } from '../../lib/format';
import { AXIS_COLOUR, LABEL_COLOUR } from './palette';

/** XAxis props: `dataKey` on a number scale from `first` to `last`, every tick in `ticks` drawn, labelled by `format`. */
export function timeAxisProps(args: {
  dataKey: string;
  first: number;
  last: number;
  ticks: number[];
  format: (value: number) => string;
}) {
  return {
    dataKey: args.dataKey,
    type: 'number' as const,
    domain: [args.first, args.last],
    ticks: args.ticks,
    interval: 0 as const,
    tickFormatter: args.format,
    stroke: AXIS_COLOUR,
    tick: { fill: LABEL_COLOUR },
  };
}

/** YAxis props: a domain and ticks from `ticks` (from 0 where none), labelled with `decimals` decimals. */
export function valueAxisProps(ticks: readonly number[], decimals = 0) {
  return {
    width: 'auto' as const,
    domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 'auto'] as [number, number | 'auto'],
    ticks: [...ticks],
    interval: 0 as const,
    tickFormatter: (v: number) => formatNumber(v, decimals),
    stroke: AXIS_COLOUR,
    tick: { fill: LABEL_COLOUR },
  };
}
