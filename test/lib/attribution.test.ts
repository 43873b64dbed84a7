// The credits: the footer (ATTRIBUTION) names OS Code-Point Open's three required sentences for the practice
// locations, word for word as its licence has them; exports credit only what they draw (no export draws practices).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION, LOCATIONS_CREDIT, attributionFor } from '../../src/lib/attribution';
import { rawFile } from '../support/raw-data';

const REQUIRED = [
  'Contains OS data © Crown copyright and database right 2025.',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025.',
  'Contains National Statistics data © Crown copyright and database right 2025.',
];
const RAW_SOURCES = rawFile('locations/SOURCES.md');

describe('attribution', () => {
  it("the footer's text carries the workforce, boundaries and practice-location credits", () => {
    const footer = ATTRIBUTION.join(' ');
    expect(footer).toContain('Open Government Licence v3.0 (NHS England / NHS Digital)');
    expect(footer).toContain('Office for National Statistics');
    expect(footer).toContain('Practice locations: OS Code-Point Open.');
    for (const sentence of REQUIRED) expect(footer).toContain(sentence);
  });

  it.skipIf(RAW_SOURCES.skip)(`quotes the sentences the raw locations SOURCES.md requires${RAW_SOURCES.skipNote}`, () => {
    // The quoted block in SOURCES.md, its "> " line starts and breaks joined.
    const quoted = readFileSync(RAW_SOURCES.require(), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2))
      .join(' ');
    for (const sentence of REQUIRED) expect(quoted).toContain(sentence);
    expect(LOCATIONS_CREDIT).toContain(quoted.trim());
  });

  it('keeps attributionFor honest: charts credit no boundaries or locations, maps no locations', () => {
    expect(attributionFor('chart').join(' ')).not.toMatch(/Office for National Statistics|Code-Point|Royal Mail/);
    for (const kind of ['map', 'print'] as const) {
      expect(attributionFor(kind).join(' ')).toContain('Office for National Statistics');
      expect(attributionFor(kind).join(' ')).not.toContain('Code-Point');
    }
  });
});
