// Participation (FTE per head) of partners and salaried GPs by age band, by financial year, from the THF monthly
// file (raw/workforce/thf_gp_partners_salaried_by_gender_ageband_monthly.csv, derived from thf_GP_Monthly_Summary.xlsx:
// the NHS England individual-level census). Pure and deterministic.
//
// Method:
//   - A financial year (April to March; 2025 = 2024/25) takes the mean of its snapshots' heads and FTE per band
//     (the "Unknown" age band left out), as the practice-level series takes the mean of the year's snapshots.
//     A year whose snapshots do not reach March is marked incomplete (the latest, 2025/26, to January 2026).
//   - FTE per head per band = mean FTE / mean heads; its trend = the compound yearly change between two complete
//     years: over the last three steps (2021/22 -> 2024/25) and over every complete year (2015/16 -> 2024/25).
// The projection model reads the yearly means (`financialYears`) to fit its age bands and per-band participation
// (MODEL.md "Participation"); the trends are stated for people (data/SOURCES.md, the lever's note).

export const AGE_BANDS = ['Under 40', '40-49', '50-59', '60 and over'];

const round = (value, digits) => Number(value.toFixed(digits));

/** Financial-year end of an ISO date: April starts the next financial year. */
export function financialYearOf(date) {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year + 1 : year;
}

/**
 * @param {{ date: string, bands: { band: string, fte: number, headcount: number }[] }[]} snapshots (as age-profile.json)
 */
export function participationByYear(snapshots) {
  const byYear = new Map();
  for (const s of [...snapshots].sort((a, b) => a.date.localeCompare(b.date))) {
    const year = financialYearOf(s.date);
    const entry = byYear.get(year) ?? { year, dates: [], fte: AGE_BANDS.map(() => 0), heads: AGE_BANDS.map(() => 0) };
    entry.dates.push(s.date);
    AGE_BANDS.forEach((band, b) => {
      const found = s.bands.find((x) => x.band === band);
      entry.fte[b] += found?.fte ?? 0;
      entry.heads[b] += found?.headcount ?? 0;
    });
    byYear.set(year, entry);
  }
  const financialYears = [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((e) => {
      const n = e.dates.length;
      const last = e.dates[e.dates.length - 1];
      return {
        year: e.year,
        snapshots: n,
        complete: last >= `${e.year}-03-01`,
        bands: AGE_BANDS.map((band, b) => ({
          band,
          fte: round(e.fte[b] / n, 1),
          headcount: round(e.heads[b] / n, 1),
          ftePerHead: round(e.fte[b] / e.heads[b], 4),
        })),
      };
    });
  const complete = financialYears.filter((y) => y.complete);
  const trendBetween = (from, to) =>
    from && to
      ? {
          from: from.year,
          to: to.year,
          bands: AGE_BANDS.map((band, b) => {
            const r0 = from.bands[b].fte / from.bands[b].headcount;
            const r1 = to.bands[b].fte / to.bands[b].headcount;
            return { band, perYear: round(Math.pow(r1 / r0, 1 / (to.year - from.year)) - 1, 5) };
          }),
          all: (() => {
            const sum = (y, key) => y.bands.reduce((s, x) => s + x[key], 0);
            const r0 = sum(from, 'fte') / sum(from, 'headcount');
            const r1 = sum(to, 'fte') / sum(to, 'headcount');
            return round(Math.pow(r1 / r0, 1 / (to.year - from.year)) - 1, 5);
          })(),
        }
      : null;
  const last = complete[complete.length - 1];
  const threeBefore = complete.find((y) => last && y.year === last.year - 3);
  return {
    financialYears,
    ftePerHeadTrends: {
      lastThreeYears: trendBetween(threeBefore, last),
      allYears: trendBetween(complete[0], last),
    },
  };
}
