// Okabe–Ito colours for lines (distinguishable with the common colour-vision deficiencies).
export const LINE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
export const ENGLAND_COLOUR = '#000000';
export const lineColour = (i: number) => LINE_COLOURS[i % LINE_COLOURS.length] ?? '#0072B2';
/** Axes and tick marks; tick labels and the charts' own words (7:1 on white); grid lines. */
export const AXIS_COLOUR = '#666666';
export const LABEL_COLOUR = '#595959';
export const GRID_COLOUR = '#e0e0e0';
/**
 * The PCN team chart's role groups, stacked in TEAM_GROUPS order: the eight Okabe–Ito colours (distinguishable with
 * the common colour-vision deficiencies), black replaced by Paul Tol's wine (#882255, of his colour-blind-safe muted
 * scheme) so a black layer does not hide its outline and no PCN group is grey like the practice staff below them.
 */
export const TEAM_GROUP_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#882255',
] as const;
export const teamGroupColour = (i: number) => TEAM_GROUP_COLOURS[i % TEAM_GROUP_COLOURS.length] ?? '#0072B2';
/**
 * The practice staff under the PCN groups (qualified permanent GPs, locums and registrars, nurses, direct patient
 * care): a ramp of neutral greys, dark at the bottom, told apart by lightness (which every colour-vision deficiency
 * keeps) and from the PCN groups' hues above them.
 */
export const PRACTICE_GROUP_COLOURS = ['#333333', '#5f5f5f', '#8c8c8c', '#bdbdbd'] as const;

/** A team chart group's colour: practice groups from the grey ramp, PCN groups from TEAM_GROUP_COLOURS, in order. */
export function teamBandColour(groups: readonly { kind: 'practice' | 'pcn' }[], i: number): string {
  const kind = groups[i]?.kind ?? 'pcn';
  const nth = groups.slice(0, i).filter((g) => g.kind === kind).length;
  return kind === 'practice' ? (PRACTICE_GROUP_COLOURS[nth % PRACTICE_GROUP_COLOURS.length] ?? '#333333') : teamGroupColour(nth);
}
