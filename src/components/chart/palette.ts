// Okabe–Ito colours for lines (distinguishable with the common colour-vision deficiencies).
export const LINE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
export const ENGLAND_COLOUR = '#000000';
export const lineColour = (i: number) => LINE_COLOURS[i % LINE_COLOURS.length] ?? '#0072B2';
/** Axes and tick marks; tick labels and the charts' own words (7:1 on white); grid lines. */
export const AXIS_COLOUR = '#666666';
export const LABEL_COLOUR = '#595959';
export const GRID_COLOUR = '#e0e0e0';
