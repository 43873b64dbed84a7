// Which staff and which patients each figure counts, said wherever a figure is shown (legend, tooltip, table,
// CSV, PNG and print captions, area details), and the basis of the under-doctored flag.
// Staff groups as in NHS England's "General Practice Workforce" practice-level files; need-weighted patients are
// the Carr-Hill weighted list sizes of NHS Payments to General Practice (see data/SOURCES.md).

export const STAFF_GROUPS = ['qualified', 'allGps', 'nurses', 'dpc', 'pcn', 'team'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

/** What each staff group counts, in plain words. */
export const STAFF_COUNTS: Record<StaffGroup, string> = {
  qualified: 'qualified permanent GPs (partners, salaried GPs and retainers; not locums or registrars)',
  allGps: 'all GPs: qualified permanent GPs plus locums and registrars (GPs in training)',
  nurses: 'practice nurses (all nurse roles)',
  dpc: 'direct patient care staff (pharmacists, physiotherapists, paramedics, healthcare assistants and others; not GPs or nurses)',
  pcn: 'staff of primary care networks (PCNs; mostly ARRS-funded roles), in the staff group chosen, as PCNs reported them',
  team: 'the whole practice team: practice staff plus PCN staff, in the staff group chosen (all staff: GPs, nurses and direct patient care; no admin)',
};

/** Short names for captions and column headers. */
export const STAFF_SHORT: Record<StaffGroup, string> = {
  qualified: 'qualified permanent GPs',
  allGps: 'all GPs incl. locums and registrars',
  nurses: 'practice nurses',
  dpc: 'direct patient care staff',
  pcn: 'PCN staff',
  team: 'practice + PCN staff',
};

export const PATIENT_BASES = ['registered', 'weighted'] as const;
export type PatientBasis = (typeof PATIENT_BASES)[number];

/** The "Patients" control's options. */
export const PATIENT_BASIS_LABELS: Record<PatientBasis, string> = { registered: 'Registered', weighted: 'Need-weighted' };

export const PATIENTS_COUNT: Record<PatientBasis, string> = {
  registered: 'registered patients',
  weighted: 'need-weighted (Carr-Hill) patients',
};

/** How projected need-weighted patients are made (on screen and in MODEL.md). */
export const WEIGHTED_PROJECTION_RULE =
  "Projected need-weighted patients: each sub-ICB's latest recorded weighted ÷ registered ratio (2024/25) × its " +
  'projected registered patients; ICBs, regions and England add up their sub-ICBs.';

/** How 2023/24 need-weighted patients were estimated (its payments file is missing; data/SOURCES.md). */
export const WEIGHTED_ESTIMATE_RULE =
  "2023/24 need-weighted patients are estimates (est.): each practice's weighted ÷ registered ratio, the mean of " +
  'its 2022/23 and 2024/25 ratios, × its 2023/24 registered patients.';

/** Said where a wider-team figure would show in a projected year. */
export const RECORDED_YEARS_ONLY =
  'Recorded years only: the model projects qualified permanent GPs and patients, not locums, registrars, nurses or other staff.';

interface Counted {
  staff: StaffGroup;
  patients: PatientBasis | null;
  measure: 'count' | 'per100k' | 'perFte';
}

/** e.g. "Counts qualified permanent GPs (…), per 100,000 need-weighted (Carr-Hill) patients." */
export function metricCounts(metric: Counted): string {
  const staff = STAFF_COUNTS[metric.staff];
  if (metric.patients === null) return `Counts ${staff}.`;
  const patients = PATIENTS_COUNT[metric.patients];
  return metric.measure === 'perFte' ? `Counts ${patients} per FTE of ${staff}.` : `Counts ${staff}, per 100,000 ${patients}.`;
}

/** A short line for tooltips and column notes, e.g. "Staff: practice nurses; patients: registered". */
export function metricCountsShort(metric: Counted): string {
  const patients = metric.patients === null ? '' : `; patients: ${PATIENT_BASIS_LABELS[metric.patients].toLowerCase()}`;
  return `Staff: ${STAFF_SHORT[metric.staff]}${patients}`;
}

/**
 * The flag's rule with its basis and its fixed year (the latest recorded: figures/metrics.ts flagLine), beside the
 * Areas table, in the legend and on paper: "Under-doctored: fewer than 90% of England's … in 2024/25 (38.3), the
 * latest recorded year, in every year shown: an area is flagged only when its own figure is below that line."
 */
export function underDoctoredRule(args: {
  basis: PatientBasis;
  share: number;
  /** The flag's year: the latest recorded. */
  yearLabel: string;
  /** The line itself (share × England's rate that year), when known. */
  threshold?: number | null;
}): string {
  const line = args.threshold === null || args.threshold === undefined ? '' : ` (${args.threshold.toFixed(1)})`;
  return (
    `Under-doctored: fewer than ${Math.round(args.share * 100)}% of England's qualified permanent GP FTE per 100,000 ` +
    `${PATIENTS_COUNT[args.basis]} in ${args.yearLabel}${line}, the latest recorded year, in every year shown: an area ` +
    'is flagged only when its own figure is below that line.'
  );
}
