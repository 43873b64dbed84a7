// The national chart's time axis is proportional to time: each bulletin month sits at its own point in years
// (Sep 2015 = 2015 + 8/12), so the years of half-yearly and quarterly snapshots (to June 2021) take as much
// width as the monthly years after them: equal years get equal widths.
import { yearRange } from '../../lib/years';

/** "2015-09" -> 2015.6667 (the start of the month, in years). */
export function monthTime(date: string): number {
  const [year = '0', month = '1'] = date.split('-');
  return Number(year) + (Number(month) - 1) / 12;
}

/** The whole years inside [first, last] (January of each): the axis ticks every one (components/chart's yearTicks). */
export const yearsWithin = (first: number, last: number): number[] => yearRange(Math.ceil(first), Math.floor(last));
