// GPonline's 2016 analysis of NHS Digital's workforce data, reproduced at CCG (as was) level: "CCGs seeing up to 20%
// fall" in full-time equivalent GPs while the national total rose. On the app's basis (fully qualified permanent GPs,
// practice-level FTE, Sep 2015 = 2015/16 against Sep 2016 = 2016/17, each practice in its CCG of that year), from
// as-was.json through the app's own reader (asWasChanges), and recomputed here straight from the raw practice
// files when they are there. No figure is typed in: the raw files give the expected values.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { areasFileSchema } from '../../src/data/schemas';
import { asWasFileSchema } from '../../src/data/as-was-schemas';
import { asWasAt, asWasChanges } from '../../src/data/as-was';
import { rawCcgSums } from './raw-ccg-sums';
import { RAW_DIR, rawFile } from '../support/raw-data';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_DIR = resolve(ROOT, 'data');
// Missing raw files fail the raw check, naming the path, unless GPW_ALLOW_MISSING_RAW=1 (test/support/raw-data.ts).
const RAW = rawFile('workforce/practice_geography_by_fy_from_nhs_payments.csv');
const hasRaw = !RAW.skip;
const skip = RAW.skipNote;

const json = (file: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
const asWas = asWasFileSchema.parse(json('as-was.json'));
const areas = areasFileSchema.parse(json('areas.json'));
const FROM = 2016; // 2015/16: the Sep 2015 census
const TO = 2017; // 2016/17: the Sep 2016 census

/** The published analysis's figures from the derived file, as the app computes them. */
function fromDerived() {
  const rows = asWasChanges(asWas, { level: 'ccg', from: FROM, to: TO, measure: 'fte' });
  const fi = asWas.years.indexOf(FROM);
  const london = asWasAt(asWas, 'localOffice', FROM)!.areas.find((o) => /london/i.test(o.name))!;
  const national = rows.reduce((s, r) => s + r.change, 0);
  const londonChange = rows.filter((r) => r.area.parent[fi] === london.id).reduce((s, r) => s + r.change, 0);
  return {
    ccgs: rows.length,
    fellTenPercent: rows.filter((r) => (r.share ?? 0) <= -0.1).map((r) => r.area.code),
    largestFalls: rows.slice(0, 5).map((r) => ({ code: r.area.code, share: Number((r.share ?? 0).toFixed(4)) })),
    national,
    londonShare: londonChange / national,
  };
}

/** The same from the raw files (raw-ccg-sums.ts): HEEC practice FTE, each practice in its CCG of that year. */
function fromRaw() {
  const sums = rawCcgSums(RAW_DIR, [FROM, TO]);
  const [before, after] = [sums.get(FROM)!, sums.get(TO)!];
  const rows = [...before.byCcg.entries()]
    .filter(([code]) => after.byCcg.has(code))
    .map(([code, { fte: a }]) => ({ code, change: after.byCcg.get(code)!.fte - a, share: (after.byCcg.get(code)!.fte - a) / a }))
    .sort((x, y) => x.share - y.share || x.code.localeCompare(y.code));
  const national = rows.reduce((s, r) => s + r.change, 0);
  const londonChange = rows.filter((r) => /LONDON/i.test(before.regionName.get(r.code) ?? '')).reduce((s, r) => s + r.change, 0);
  return {
    ccgs: rows.length,
    unresolved: before.unresolved.practiceYears + after.unresolved.practiceYears,
    fellTenPercent: rows.filter((r) => r.share <= -0.1 + 1e-12).map((r) => r.code),
    largestFalls: rows.slice(0, 5).map((r) => ({ code: r.code, share: Number(r.share.toFixed(4)) })),
    national,
    londonShare: londonChange / national,
  };
}

describe('GPonline 2016: "CCGs seeing up to 20% fall" while the national total rose', () => {
  const derived = fromDerived();

  it('compares the 209 CCGs that stood, unchanged, in both years', () => {
    expect(derived.ccgs).toBe(asWasAt(asWas, 'ccg', FROM)!.areas.length);
    expect(derived.ccgs).toBe(asWasAt(asWas, 'ccg', TO)!.areas.length);
  });

  it("the national total rose, by England's change in areas.json, while some CCGs fell by 10% or more, none by more than 20%", () => {
    const england = areas.areas.find((a) => a.level === 'england')!;
    const i = areas.years.indexOf(FROM);
    expect(derived.national).toBeCloseTo(england.fte[i + 1]! - england.fte[i]!, 1);
    expect(derived.national).toBeGreaterThan(0);
    expect(derived.fellTenPercent.length).toBeGreaterThan(0);
    const largest = -derived.largestFalls[0]!.share;
    expect(largest).toBeGreaterThanOrEqual(0.1);
    expect(largest).toBeLessThanOrEqual(0.2);
  });

  it.skipIf(!hasRaw)(
    `the CCGs that fell by 10% or more, the five largest falls and London's share match the raw files${skip}`,
    () => {
      RAW.require();
      const expected = fromRaw();
      expect(derived.ccgs).toBe(expected.ccgs);
      expect(derived.fellTenPercent.sort()).toEqual(expected.fellTenPercent.sort());
      expect(derived.largestFalls).toEqual(expected.largestFalls);
      expect(derived.national).toBeCloseTo(expected.national, 1);
      expect(derived.londonShare).toBeCloseTo(expected.londonShare, 4);
    },
    60_000,
  );
});
