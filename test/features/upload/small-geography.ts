// A small geography for the upload's validation tests: England > region Y1 > ICB Q1 > sub-ICBs S1, S2;
// practices P1, P2 in S1 and P3 in S2; baseline years 2022/23 to 2024/25.
import type { UploadContext } from '../../../src/features/upload/upload-format';

export const SMALL_GEOGRAPHY: UploadContext = {
  areaLevels: [
    ['ENG', 'england'],
    ['Y1', 'region'],
    ['Q1', 'icb'],
    ['S1', 'subicb'],
    ['S2', 'subicb'],
  ],
  practiceSubIcb: [
    ['P1', 'S1'],
    ['P2', 'S1'],
    ['P3', 'S2'],
  ],
  baselineYears: [2023, 2024, 2025],
};
