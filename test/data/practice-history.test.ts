// Practice history notes (scripts/data/practice-history.mjs): first and last reported years, gaps, and the
// merger inference: a practice whose last year is Y is "likely merged into P" only when, in Y+1, exactly one
// practice P of the same sub-ICB gains at least half of its list; otherwise "closed or merged".
import { describe, it, expect } from 'vitest';
import { practiceHistories } from '../../scripts/data/practice-history.mjs';

const years = [2021, 2022, 2023];
const practice = (code: string, subIcb: string, patients: (number | null)[], name: string | null = `${code} SURGERY`) => ({
  code,
  name,
  subIcb,
  patients,
});

describe('practiceHistories', () => {
  const histories = practiceHistories({
    years,
    practices: [
      // A closes after 2021/22 with 4,000 patients; B gains 6,500 − 4,200 = 2,300 ≥ 2,000 (half of 4,000).
      practice('A', 'S1', [4_000, 4_000, null]),
      practice('B', 'S1', [4_100, 4_200, 6_500]),
      // C gains only 100: not a receiver.
      practice('C', 'S1', [3_000, 3_000, 3_100]),
      // D closes after 2020/21 with 1,000; both E (+600) and F (+500, new in 2021/22) gain at least 500: ambiguous.
      practice('D', 'S2', [1_000, null, null]),
      practice('E', 'S2', [2_000, 2_600, 2_600]),
      practice('F', 'S2', [null, 500, 520]),
      // G closes after 2021/22; H in another sub-ICB gains all of it, but only the same sub-ICB counts.
      practice('G', 'S3', [900, 900, null]),
      practice('H', 'S4', [1_000, 1_000, 2_000]),
      // I misses 2021/22 only.
      practice('I', 'S5', [700, null, 710]),
    ],
  });
  const note = (code: string) => histories.get(code)?.history;

  it('gives every practice its first and last reported year; a practice there throughout has no note', () => {
    expect(histories.get('A')).toMatchObject({ firstYear: 2021, lastYear: 2022 });
    expect(histories.get('F')).toMatchObject({ firstYear: 2022, lastYear: 2023 });
    expect(note('C')).toBeNull();
  });

  it('infers a merger when exactly one practice of the sub-ICB gains at least half the list, and says so both ways', () => {
    expect(histories.get('A')?.mergedInto).toBe('B');
    expect(note('A')).toBe(
      'Last reported in 2021/22 (closed or merged); most of its list appears to have moved to B B SURGERY ' +
        "(inferred from list sizes: that practice gained 2,300 patients in 2022/23, at least half of this practice's 4,000).",
    );
    expect(note('B')).toBe(
      'Appears to have taken on most of the list of A A SURGERY, last reported in 2021/22 (inferred from list sizes).',
    );
  });

  it('says "closed or merged" when two practices could have taken the list, or none in the same sub-ICB did', () => {
    expect(histories.get('D')?.mergedInto).toBeNull();
    expect(note('D')).toBe('Last reported in 2020/21 (closed or merged).');
    expect(note('G')).toBe('Last reported in 2021/22 (closed or merged).');
    expect(note('H')).toBeNull();
  });

  it('notes a practice first reported after the first year, and the years a practice was missing', () => {
    expect(note('F')).toBe('First reported in 2021/22.');
    expect(note('I')).toBe('Not reported in 2021/22.');
  });
});
