// The PCN pipeline's building blocks (scripts/data/pcn.mjs): the role rule, the June 2026 geography join, the active
// PCN list behind sub-ICB coverage and the lever defaults' growth arithmetic, each on small hand-made inputs.
import { describe, it, expect } from 'vitest';
import {
  ROLE_KEYS,
  activePcns,
  financialYear,
  placeJune2026,
  readNational,
  roleOf,
  trendDefaults,
} from '../../scripts/data/pcn.mjs';
import { PCN_ROLE_KEYS } from '../../src/data/schemas';

const DPC = 'Other Direct Patient Care staff';

describe('roleOf', () => {
  it('uses the same 16 roles, in the same order, as the app', () => {
    expect(ROLE_KEYS).toEqual([...PCN_ROLE_KEYS]);
  });

  it.each([
    [DPC, 'Pharmacists', 'pharmacists'],
    [DPC, 'Advanced Pharmacist Practitioners', 'pharmacists'],
    [DPC, 'Trainee Pharmacy Technicians', 'pharmacyTechnicians'],
    [DPC, 'Advanced Paramedic Practitioners', 'paramedics'],
    [DPC, 'Physiotherapists', 'physiotherapists'],
    // Table 1a's labels: " (Non-Mental Health Practitioners)" is dropped, singulars and case differ.
    [DPC, 'Social Prescribing Link Workers (Non-Mental Health Practitioners)', 'socialPrescribers'],
    [DPC, 'General Practice Assistant', 'gpAssistants'],
    [DPC, 'Dietician', 'otherClinical'],
    [DPC, 'Other', 'otherClinical'],
    // Any "(Mental Health Practitioners)" label is a mental health practitioner, whatever the profession or group.
    [DPC, 'Social Prescribing Link Workers (Mental Health Practitioners)', 'mentalHealth'],
    ['Other Nurses', 'Community Mental Health Nurses (Mental Health Practitioners)', 'mentalHealth'],
    ['Other Nurses', 'Community Mental Health Nurses', 'nurses'],
    ['Other Nurses', 'Enhanced Practice Nurses', 'nurses'],
    ['Other GPs', 'Salaried GPs', 'gps'],
    ['Directors', 'Medical Clinical Director (GP)', 'adminManagement'],
    ['Other Admin/Non-clinical staff', 'Other Admin/Non-Clinical', 'adminManagement'],
    ['Other Admin/Non-clinical staff', 'Digital and Transformation Leads', 'digitalLeads'],
    [DPC, 'Applied  Psychologists – Clinical', 'mentalHealth'],
  ])('%s / %s → %s', (group, role, expected) => {
    expect(roleOf(group, role)).toBe(expected);
  });

  it('stops on a direct patient care label no rule knows, rather than guessing', () => {
    expect(() => roleOf(DPC, 'Acupuncturists')).toThrow(
      /no role for staff group "Other Direct Patient Care staff", role "Acupuncturists"/,
    );
  });
});

describe('financialYear', () => {
  it.each([
    ['2020-03', 2020],
    ['2020-04', 2021],
    ['2022-09', 2023],
    ['2025-11', 2026],
  ])('%s is in the financial year ending %i', (date, fy) => {
    expect(financialYear(date)).toBe(fy);
  });
});

describe('placeJune2026', () => {
  const subIcbCodes = new Set(['D4U1Y', '92A', 'D9Y0V', '01J']);
  const nov2025SubIcb = new Map([
    ['U00001', 'D4U1Y'],
    ['U00002', '01J'],
  ]);

  it('keeps the sub-ICB a PCN had in November 2025 (a Frimley PCN now in 92A goes back to D4U1Y)', () => {
    expect(placeJune2026({ pcn: 'U00001', subIcb2026: '92A', nov2025SubIcb, subIcbCodes })).toEqual({
      subIcb: 'D4U1Y',
      rule: 'nov-2025',
    });
  });

  it('places a new PCN by its 2026 code when that is a 2022 code', () => {
    expect(placeJune2026({ pcn: 'U00003', subIcb2026: '01J', nov2025SubIcb, subIcbCodes })).toEqual({
      subIcb: '01J',
      rule: 'same-code',
    });
  });

  it('maps a new PCN in U2G6B back to D4U1Y, and leaves an unknown code unplaced', () => {
    expect(placeJune2026({ pcn: 'U00004', subIcb2026: 'U2G6B', nov2025SubIcb, subIcbCodes })).toEqual({
      subIcb: 'D4U1Y',
      rule: 'u2g6b',
    });
    expect(placeJune2026({ pcn: 'U00005', subIcb2026: 'X9X9X', nov2025SubIcb, subIcbCodes })).toBeNull();
  });
});

describe('activePcns', () => {
  const byPractice = new Map([
    ['P1', { subIcb: 'AAA' }],
    ['P2', { subIcb: 'BBB' }],
    ['P3', { subIcb: 'BBB' }],
    ['P4', { subIcb: 'CCC' }],
    ['P5', { subIcb: 'AAA' }],
  ]);
  const payments = [
    // 2021/22: U00001 has two practices in BBB, one in AAA; U00002 one each in AAA and CCC (a tie).
    { fy_end_year: '2022', practice_code: 'P1', pcn_code: 'U00001' },
    { fy_end_year: '2022', practice_code: 'P2', pcn_code: 'U00001' },
    { fy_end_year: '2022', practice_code: 'P3', pcn_code: 'U00001' },
    { fy_end_year: '2022', practice_code: 'P4', pcn_code: 'U00002' },
    { fy_end_year: '2022', practice_code: 'P5', pcn_code: 'U00002' },
    { fy_end_year: '2022', practice_code: 'P9', pcn_code: 'Unknown or no PCN' },
    { fy_end_year: '2021', practice_code: 'P1', pcn_code: 'U00009' },
  ];
  const practiceMap2026 = [
    { PRACTICE_CODE: 'P4', PCN_CODE: 'U00007' },
    { PRACTICE_CODE: 'P5', PCN_CODE: 'U' },
  ];

  it("takes the PCNs of the date's financial year, each in the sub-ICB of most of its practices (ties to the lower code)", () => {
    const got = activePcns({ date: '2021-09', payments, practiceMap2026, byPractice });
    expect(got.source).toBe('payments 2021/22');
    expect([...got.pcns]).toEqual([
      ['U00001', 'BBB'],
      ['U00002', 'AAA'],
    ]);
  });

  it('uses the July 2026 practice map where no payments file covers the date, skipping "U" (unallocated)', () => {
    const got = activePcns({ date: '2025-11', payments, practiceMap2026, byPractice });
    expect(got.source).toBe('practice map Jul 2026');
    expect([...got.pcns]).toEqual([['U00007', 'CCC']]);
  });
});

describe('trendDefaults', () => {
  // A hand-made Table 1a: pharmacists over 2 years; a mental health category that appears as a step (a
  // reclassification) and one that appears small (growth); GP assistants first recorded inside the window.
  const row = (date: string, staffGroup: string, role: string, value: string) => ({
    date,
    measure: 'fte',
    staff_group: staffGroup,
    role,
    value,
  });
  const cover = (date: string) => [
    { date, measure: 'pcn_count_or_share', staff_group: '(coverage)', role: 'Total number of PCNs active', value: '100' },
    {
      date,
      measure: 'pcn_count_or_share',
      staff_group: '(coverage)',
      role: 'Total number of PCNs recording Staff or Contracted Services data',
      value: '96',
    },
    {
      date,
      measure: 'pcn_count_or_share',
      staff_group: '(coverage)',
      role: 'Percentage of PCNs recording Staff or Contracted Services data',
      value: '0.96',
    },
  ];
  const national = readNational([
    ...['2023-01', '2024-01', '2025-01'].flatMap(cover),
    row('2023-01', DPC, 'Pharmacists', '100'),
    row('2024-01', DPC, 'Pharmacists', '110'),
    row('2025-01', DPC, 'Pharmacists', '121'),
    row('2023-01', DPC, 'NHS Talking Therapies Therapists', '10'),
    row('2024-01', DPC, 'NHS Talking Therapies Therapists', '10'),
    row('2025-01', DPC, 'NHS Talking Therapies Therapists', '10'),
    // From 2024-01: 40 FTE under a new label, 80% of the role then: a reclassification.
    row('2023-01', DPC, 'Mental Health and Wellbeing Practitioners (Mental Health Practitioners)', ''),
    row('2024-01', DPC, 'Mental Health and Wellbeing Practitioners (Mental Health Practitioners)', '40'),
    row('2025-01', DPC, 'Mental Health and Wellbeing Practitioners (Mental Health Practitioners)', '70'),
    row('2023-01', DPC, 'General Practice Assistant', ''),
    row('2024-01', DPC, 'General Practice Assistant', '20'),
    row('2025-01', DPC, 'General Practice Assistant', '50'),
    // Nurses: a new category of 0.1 FTE (under 5% of 50): growth, the window stays open from the start.
    row('2023-01', 'Other Nurses', 'Advanced Nurse Practitioners', '50'),
    row('2024-01', 'Other Nurses', 'Advanced Nurse Practitioners', '50'),
    row('2024-01', 'Other Nurses', 'Enhanced Practice Nurse', '0.1'),
    row('2025-01', 'Other Nurses', 'Advanced Nurse Practitioners', '50'),
    row('2025-01', 'Other Nurses', 'Enhanced Practice Nurse', '10'),
  ]);
  const roleLabels = (label: string) => {
    const [group, ...role] = label.split(': ');
    return roleOf(group!, role.join(': '));
  };
  const trend = trendDefaults(national, { from: '2023-01', to: '2025-01', roleLabels });

  it('pharmacists: 100 → 121 over 2 years is 10.5 FTE a year and 10% a year compound', () => {
    // (121 - 100) / 2 = 10.5; (121 / 100)^(1/2) - 1 = 1.1 - 1 = 10%
    expect(trend.roles.pharmacists).toMatchObject({
      from: '2023-01',
      to: '2025-01',
      fromFte: 100,
      toFte: 121,
      ftePerYear: 10.5,
      percentPerYear: 10,
    });
  });

  it('opens the mental health window at the reclassification (2024-01), not at the start', () => {
    // 2024-01: 10 + 40 = 50; 2025-01: 10 + 70 = 80; one year: +30 FTE, 60%.
    expect(trend.roles.mentalHealth).toMatchObject({
      from: '2024-01',
      fromFte: 50,
      toFte: 80,
      ftePerYear: 30,
      percentPerYear: 60,
    });
    expect(trend.roles.mentalHealth?.introduced.join()).toMatch(/a reclassification/);
  });

  it('starts a role first recorded inside the window at its first month', () => {
    // GP assistants 20 (2024-01) → 50 (2025-01): +30 a year, 150%.
    expect(trend.roles.gpAssistants).toMatchObject({ from: '2024-01', ftePerYear: 30, percentPerYear: 150 });
  });

  it('counts a new category that starts small as growth, and lists it', () => {
    // Nurses 50 → 60 over 2 years: +5 a year; (60/50)^(1/2) - 1 = 9.5%.
    expect(trend.roles.nurses).toMatchObject({ from: '2023-01', fromFte: 50, toFte: 60, ftePerYear: 5, percentPerYear: 9.5 });
    expect(trend.roles.nurses?.introduced).toEqual(['Enhanced Practice Nurse (from 2024-01)']);
  });

  it('adds up a group from its roles, with a compound rate only when they share one window', () => {
    // Pharmacy = pharmacists alone here (no technicians recorded): the same figures.
    expect(trend.groups.pharmacy).toMatchObject({ ftePerYear: 10.5, percentPerYear: 10 });
    // Support = GP assistants (from 2024-01) + nothing else recorded: +30 a year, the one window → 150%.
    expect(trend.groups.support).toMatchObject({ ftePerYear: 30, percentPerYear: 150 });
    // Roles never recorded are null, as is a group with none.
    expect(trend.roles.careCoordinators).toBeNull();
    expect(trend.groups.personalisedCare).toBeNull();
  });
});
