// The national chart's time axis is proportional to time: each bulletin month sits at its own point in years
// (Sep 2015 = 2015 + 8/12), so the years of half-yearly and quarterly snapshots (to June 2021) take as much
// width as the monthly years after them: equal years get equal widths.

/** "2015-09" -> 2015.6667 (the start of the month, in years). */
export function monthTime(date: string): number {
  const [year = '0', month = '1'] = date.split('-');
  return Number(year) + (Number(month) - 1) / 12;
}

/** January of every whole year inside [first, last]: the axis's ticks, labelled by year. */
export function yearTicks(first: number, last: number): number[] {
  const ticks: number[] = [];
  for (let y = Math.ceil(first); y <= Math.floor(last); y += 1) ticks.push(y);
  return ticks;
}
