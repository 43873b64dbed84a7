// GP training intakes (England GP ST1 acceptances by recruitment year) and the NHS Long Term Workforce Plan's
// trajectory, from raw/training/. Only figures the raw files give are written; years they do not give are listed
// as not found, and the model states what it assumes for them (MODEL.md "Training pipeline").
import { readCsv, toNumber } from './csv.mjs';

/** Raw statuses that are figures from a release ("final ...") or derived from one ("derived"). */
const usable = (status) => status.startsWith('final') || status === 'derived';

/**
 * 2017 is not in the raw file. raw/training/SOURCES.md: "2017 is commonly cited as 3,157", consistent with the
 * 2018 release's "more than 300" above 2017 (3,473 − 300 = 3,173 > 3,157). Written with its own status so the
 * app can say it is an assumption.
 */
const COMMONLY_CITED = { 2017: { places: 3157, note: 'not found in a release; commonly cited (raw/training/SOURCES.md)' } };

export function buildTraining({ acceptancesCsv, ltwpCsv }) {
  const rows = readCsv(acceptancesCsv);
  const intakes = [];
  const notFound = [];
  for (const r of rows) {
    const year = Number(r.recruitment_year);
    const places = toNumber(r.england_gp_st1_acceptances);
    if (places !== null && usable(r.figure_status)) {
      intakes.push({
        recruitmentYear: year,
        places,
        status: r.figure_status === 'derived' ? 'derived' : 'recorded',
        source: r.source_url,
      });
    } else if (COMMONLY_CITED[year]) {
      intakes.push({
        recruitmentYear: year,
        places: COMMONLY_CITED[year].places,
        status: 'commonly cited',
        source: COMMONLY_CITED[year].note,
      });
    } else notFound.push(year);
  }
  intakes.sort((a, b) => a.recruitmentYear - b.recruitmentYear);

  const ltwp = readCsv(ltwpCsv);
  const value = (prefix) => {
    const row = ltwp.find((r) => r.item.startsWith(prefix));
    if (!row) throw new Error(`LTWP trajectory: no row "${prefix}"`);
    return { value: row.value, source: row.source_url };
  };
  const by2028 = value('GP training places 2027/28');
  const by2032 = value('GP training places 2031/32');
  const first = value('first extra places');
  const gap = value('GP FTE shortfall without action');
  return {
    schemaVersion: 1,
    definition:
      'England GP specialty training (ST1) acceptances by recruitment year (training starts in August of that year), as quoted from Health Education England / NHS England releases.',
    intakes,
    notFound: notFound.sort((a, b) => a - b),
    longTermWorkforcePlan: {
      // Places a year by recruitment year: 2027/28 training year = recruitment year 2027.
      points: [
        { recruitmentYear: 2027, places: Number(by2028.value), source: by2028.source },
        { recruitmentYear: 2031, places: Number(by2032.value), source: by2032.source },
      ],
      // "500 from September 2025": extra places on the held level from that recruitment year.
      firstExtra: { text: first.value, source: first.source, ...extraPlaces(first.value) },
      gapWithoutAction: { text: gap.value, source: gap.source },
    },
  };
}

/** "500 from September 2025" → { places: 500, recruitmentYear: 2025 }; anything else stops the build. */
function extraPlaces(text) {
  const match = /^(\d[\d,]*) from [A-Za-z]+ (\d{4})$/.exec(text.trim());
  if (!match) throw new Error(`LTWP trajectory: cannot read the first extra places "${text}"`);
  return { places: Number(match[1].replace(/,/g, '')), recruitmentYear: Number(match[2]) };
}
