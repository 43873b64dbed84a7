// Okabe–Ito colours for lines (distinguishable with the common colour-vision deficiencies).
export const LINE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
export const ENGLAND_COLOUR = '#000000';
export const lineColour = (i: number) => LINE_COLOURS[i % LINE_COLOURS.length] ?? '#0072B2';
