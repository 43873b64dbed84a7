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
 * the common colour-vision deficiencies), black replaced by a mid grey so a black layer does not hide its outline.
 */
export const TEAM_GROUP_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#999999',
] as const;
export const teamGroupColour = (i: number) => TEAM_GROUP_COLOURS[i % TEAM_GROUP_COLOURS.length] ?? '#0072B2';
