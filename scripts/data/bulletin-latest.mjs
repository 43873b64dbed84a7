// The latest month (data/bulletin-latest.json): the October 2025 bulletin's fully qualified permanent GPs (GP
// partners + salaried GPs + GP retainers, as the bulletin defines them) by region, ICB (2022-2026) and sub-ICB,
// from table 6a (FTE). A different source from the annual practice-level series in areas.json: the bulletin
// counts NHS England's estimates for practices that did not report fully, the practice files do not. The basis
// difference is measured over the same months: the bulletin's monthly national figure averaged over the last
// recorded financial year against the practice-level England total of that year (itself a mean of those months).
// Headcount is left out: table 6b's role headcounts are not additive (one GP can hold two roles, so partners +
// salaried + retainers overcounts), and the bulletin publishes no qualified-permanent headcount by area.
import { toNumber } from './csv.mjs';

/** Bulletin columns making up the fully qualified permanent GPs. */
const ROLES = { partnersFte: 'GP Partners', salariedFte: 'Salaried GPs', retainersFte: 'GP Retainers' };
const LEVELS = { England: 'england', Region: 'region', ICB: 'icb', SubICB: 'subicb' };
const round = (v, dp) => Number(v.toFixed(dp));

/**
 * @param {{ table6a: Record<string,string>[], national: Record<string,string>[], practiceLevel: { year: number,
 *   fte: number }, areaCodes: Set<string> }} input — practiceLevel: England's practice-level FTE in its last year
 *   (financial-year end); areaCodes: the areas.json codes each bulletin area must match
 */
export function buildBulletinLatest({ table6a, national, practiceLevel, areaCodes }) {
  const areas = [];
  for (const r of table6a) {
    const level = LEVELS[r.org_level];
    if (!level) continue; // the "Unknown" row: trainees with no area, no qualified permanent GPs
    const code = level === 'england' ? 'ENG' : r.org_code;
    if (!areaCodes.has(code)) throw new Error(`bulletin area ${code} (${r.org_name}) is not in areas.json`);
    const roles = Object.fromEntries(Object.entries(ROLES).map(([key, col]) => [key, toNumber(r[col])]));
    if (Object.values(roles).some((v) => v === null)) throw new Error(`bulletin area ${code}: a role has no FTE`);
    areas.push({
      code,
      level,
      fte: round(
        Object.values(roles).reduce((s, v) => s + v, 0),
        2,
      ),
      ...Object.fromEntries(Object.entries(roles).map(([k, v]) => [k, round(v, 2)])),
    });
  }
  const order = { england: 0, region: 1, icb: 2, subicb: 3 };
  areas.sort((a, b) => order[a.level] - order[b.level] || a.code.localeCompare(b.code));

  // The bulletin's months of the practice series' last financial year: April (Y-1) to March Y.
  const from = `${practiceLevel.year - 1}-04`;
  const to = `${practiceLevel.year}-03`;
  const months = national.filter((r) => r.date >= from && r.date <= to);
  const bulletinMean = months.reduce((s, r) => s + toNumber(r.qualified_permanent_fte), 0) / months.length;
  const yearLabel = `${practiceLevel.year - 1}/${String(practiceLevel.year).slice(2)}`;
  return {
    schemaVersion: 1,
    date: '2025-10',
    label: 'Oct 2025 (latest bulletin)',
    source:
      'NHS England, General Practice Workforce, England: bulletin tables, October 2025 (published 27 November 2025), table 6a (FTE by NHS England region, ICB and sub-ICB location)',
    basis:
      "Fully qualified permanent GPs (GP partners + salaried GPs + GP retainers), FTE, as the bulletin defines them; includes NHS England's estimates for practices that did not report fully, so it is not the practice-level basis of the annual series",
    basisDifference: {
      practiceLevelYear: practiceLevel.year,
      practiceLevelFte: practiceLevel.fte,
      bulletinFrom: from,
      bulletinTo: to,
      bulletinMonths: months.length,
      bulletinMeanFte: round(bulletinMean, 1),
      ratio: round(bulletinMean / practiceLevel.fte, 4),
      text: `In ${yearLabel} the bulletin's qualified permanent GP FTE (mean of its ${months.length} monthly figures, ${from} to ${to}) is ${round(bulletinMean, 1).toLocaleString('en-GB')}, the practice-level total ${practiceLevel.fte.toLocaleString('en-GB')}: the practice-level figures are ${((1 - practiceLevel.fte / bulletinMean) * 100).toFixed(1)}% below the bulletin's, because they leave out NHS England's estimates.`,
    },
    areas,
  };
}
