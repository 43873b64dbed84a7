// Practice-employed staff by role at October 2025, by sub-ICB (bulletin tables 6a FTE and 6b headcount), on the
// PCN roles' keys (pcn.mjs), so the app can form the "whole practice team" (practice, Oct 2025 + PCN, Nov 2025).
// Bulletin basis: includes NHS England's estimates for practices that did not report (Annex A), unlike the
// practice-level series in areas.json. Writes data/practice-staff-oct2025.json.
import { toNumber } from './csv.mjs';
import { ROLE_KEYS } from './pcn.mjs';

/** The bulletin's staff-group totals. */
const GROUP_COLUMNS = {
  gps: 'All GPs',
  nurses: 'All Nurses',
  dpc: 'All Direct Patient Care',
  admin: 'All Admin/Non-Clinical',
};
/**
 * Each PCN role from the bulletin's columns. null: the bulletin has no such category for practice staff (care
 * coordinators, coaches: counted in "other direct patient care" there). The two residual roles are the staff group
 * less its named roles, so the roles add up to the groups (and "Apprentices", a column name used twice, is never
 * read by name).
 */
const ROLE_COLUMNS = {
  pharmacists: ['Pharmacists', 'Advanced Pharmacist Practitioners'],
  pharmacyTechnicians: ['Pharmacy Technicians', 'Trainee Pharmacy Technicians'],
  physicianAssociates: ['Physician Associates'],
  physiotherapists: ['Physiotherapists', 'Advanced Physiotherapist Practitioners'],
  paramedics: ['Paramedics', 'Advanced Paramedic Practitioners'],
  socialPrescribers: ['Social Prescribing Link Workers'],
  careCoordinators: null,
  healthWellbeingCoaches: null,
  nursingAssociates: ['Nursing Associates', 'Trainee Nursing Associates'],
  mentalHealth: ['NHS Talking Therapies Therapists', 'Trainee NHS Talking Therapies Therapists'],
  gpAssistants: ['General Practice Assistants'],
  digitalLeads: ['Digital and Transformation Lead'],
  nurses: ['All Nurses'],
  gps: ['All GPs'],
  otherClinical: {
    group: 'All Direct Patient Care',
    less: [
      'pharmacists',
      'pharmacyTechnicians',
      'physicianAssociates',
      'physiotherapists',
      'paramedics',
      'socialPrescribers',
      'nursingAssociates',
      'mentalHealth',
      'gpAssistants',
    ],
  },
  adminManagement: { group: 'All Admin/Non-Clinical', less: ['digitalLeads'] },
};

const round2 = (v) => (v === null ? null : Number(v.toFixed(2)));
const levels = { England: 'england', SubICB: 'subicb', Unknown: 'unknown' };

function cell(row, column) {
  if (!(column in row)) throw new Error(`practice staff: no column "${column}" in bulletin table 6a/6b`);
  return toNumber(row[column]) ?? 0;
}

/**
 * @param {{ table6a: Record<string,string>[], table6b: Record<string,string>[], subIcbCodes: Set<string> }} input
 */
export function buildPracticeStaff({ table6a, table6b, subIcbCodes }) {
  const keys = Object.keys(ROLE_COLUMNS);
  if (keys.join() !== ROLE_KEYS.join()) throw new Error('practice staff: roles differ from the PCN roles');
  const headcountByCode = new Map(table6b.map((r) => [r.org_code, r]));
  const rows = table6a
    .filter((r) => r.org_level in levels)
    .filter((r) => r.org_level !== 'SubICB' || subIcbCodes.has(r.org_code))
    .sort((a, b) => (a.org_level === 'England' ? -1 : b.org_level === 'England' ? 1 : a.org_code.localeCompare(b.org_code)));
  const missing = [...subIcbCodes].filter((c) => !rows.some((r) => r.org_code === c));
  if (missing.length) throw new Error(`practice staff: sub-ICBs missing from table 6a: ${missing.join(', ')}`);
  const areas = rows.map((r) => {
    const roles = {};
    for (const key of keys) {
      const spec = ROLE_COLUMNS[key];
      if (spec === null) roles[key] = null;
      else if (Array.isArray(spec)) roles[key] = spec.reduce((s, c) => s + cell(r, c), 0);
      else roles[key] = cell(r, spec.group) - spec.less.reduce((s, k) => s + roles[k], 0);
    }
    const h = headcountByCode.get(r.org_code);
    if (!h) throw new Error(`practice staff: ${r.org_code} has no headcount row (table 6b)`);
    return {
      code: r.org_level === 'England' ? 'ENG' : r.org_code,
      level: levels[r.org_level],
      fte: {
        roles: Object.fromEntries(keys.map((k) => [k, round2(roles[k])])),
        staffGroups: Object.fromEntries(Object.entries(GROUP_COLUMNS).map(([k, c]) => [k, round2(cell(r, c))])),
      },
      headcount: Object.fromEntries(Object.entries(GROUP_COLUMNS).map(([k, c]) => [k, cell(h, c)])),
    };
  });
  return {
    schemaVersion: 1,
    date: '2025-10',
    basis:
      'NHS England General Practice Workforce bulletin, October 2025, tables 6a (FTE) and 6b (headcount): staff employed by practices, including NHS England estimates for practices that did not report; the "unknown" row holds GPs in training with no area',
    roles: keys,
    areas,
  };
}
