// Plain-words history for practices that opened, closed or merged within the series (data/practices/*.json).
// A practice is "likely merged into P" only by inference from the list sizes, never from a register of
// mergers (none is in raw/): when a practice's last year is Y, and in Y+1 exactly one practice P of the same
// sub-ICB gains at least half the closed practice's Y list (P's registered patients in Y+1 minus those in Y,
// or all of them if P first reports in Y+1). Otherwise it is "closed or merged".

/** At least this share of the closed practice's list must appear at one practice to infer a merger. */
export const MERGER_SHARE = 0.5;

const yearLabel = (y) => `${y - 1}/${String(y).slice(2)}`;

/** "2019/20", "2019/20 and 2020/21", "2017/18, 2019/20 and 2020/21". */
function listYears(years) {
  const labels = years.map(yearLabel);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/**
 * @param {{ practices: { code: string, name: string|null, subIcb: string, patients: (number|null)[] }[],
 *   years: number[] }} input — each practice's registered patients by year, null where it has no row
 * @returns {Map<string, { firstYear: number, lastYear: number, history: string|null,
 *   mergedInto: string|null }>} practice code -> its span and note
 */
export function practiceHistories({ practices, years }) {
  const final = years.length - 1;
  const bySubIcb = new Map();
  for (const p of practices) bySubIcb.set(p.subIcb, [...(bySubIcb.get(p.subIcb) ?? []), p]);
  const nameOf = (p) => (p.name ? `${p.code} ${p.name}` : p.code);

  /** The one practice of the sub-ICB that gained at least half of `closed`'s list in the year after `yi`. */
  function receiver(closed, yi) {
    const list = closed.patients[yi];
    if (yi >= final || !list) return null;
    const gainers = bySubIcb
      .get(closed.subIcb)
      .filter((p) => p !== closed && p.patients[yi + 1] !== null)
      .filter((p) => p.patients[yi + 1] - (p.patients[yi] ?? 0) >= MERGER_SHARE * list);
    return gainers.length === 1 ? gainers[0] : null;
  }

  const out = new Map();
  const takenOn = new Map();
  for (const p of practices) {
    const present = years.map((_, i) => p.patients[i] !== null);
    const first = present.indexOf(true);
    const last = present.lastIndexOf(true);
    if (first < 0) continue;
    const notes = [];
    if (first > 0) notes.push(`First reported in ${yearLabel(years[first])}`);
    const gaps = years.filter((_, i) => i > first && i < last && !present[i]);
    if (gaps.length > 0) notes.push(`Not reported in ${listYears(gaps)}`);
    let mergedInto = null;
    if (last < final) {
      const into = receiver(p, last);
      mergedInto = into?.code ?? null;
      const fmt = (n) => Math.round(n).toLocaleString('en-GB');
      notes.push(
        `Last reported in ${yearLabel(years[last])} (closed or merged)` +
          (into
            ? `; most of its list appears to have moved to ${nameOf(into)} (inferred from list sizes: that practice gained ${fmt(into.patients[last + 1] - (into.patients[last] ?? 0))} patients in ${yearLabel(years[last + 1])}, at least half of this practice's ${fmt(p.patients[last])})`
            : ''),
      );
      if (into) takenOn.set(into.code, [...(takenOn.get(into.code) ?? []), { practice: p, year: years[last] }]);
    }
    out.set(p.code, { firstYear: years[first], lastYear: years[last], notes, mergedInto });
  }
  for (const [code, taken] of takenOn) {
    const entry = out.get(code);
    for (const { practice, year } of taken)
      entry.notes.push(
        `Appears to have taken on most of the list of ${nameOf(practice)}, last reported in ${yearLabel(year)} (inferred from list sizes)`,
      );
  }
  return new Map(
    [...out.entries()].map(([code, { notes, ...rest }]) => [
      code,
      { ...rest, history: notes.length ? `${notes.join('. ')}.` : null },
    ]),
  );
}
