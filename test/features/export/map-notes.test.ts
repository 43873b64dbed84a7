// The map PNG's notes state the under-doctored flag's rule on its basis (registered or need-weighted patients), with
// the count flagged, on the real data: sub-ICBs in 2024/25, 21 of 106 on registered patients and 33 on need-weighted.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../../../src/data/dataset';
import type { BoundariesFile } from '../../../src/data/schemas';
import { featuresForLevel } from '../../../src/components/map/geo/area-features';
import { mapExport } from '../../../src/features/export/map-png';
import type { PatientBasis } from '../../../src/figures/metric-basis';
import { realFiles } from '../../support/real-data';

const boundaries = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../data/boundaries.topo.json'), 'utf8'),
) as BoundariesFile;
const dataset = buildDataset(realFiles().areas);

const notes = (basis: PatientBasis) =>
  mapExport({
    dataset,
    series: dataset.history,
    features: featuresForLevel(boundaries, 'subicb'),
    level: 'subicb',
    metric: 'ftePer100k',
    year: 2025,
    baseYear: 2016,
    selected: [],
    levers: [],
    englandCode: 'ENG',
    basis,
  }).content.notes;

describe('the map PNG notes', () => {
  it('state the flag’s basis and count on registered and on need-weighted patients', () => {
    expect(notes('registered')).toContain(
      "Under-doctored: fewer than 90% of England's qualified permanent GP FTE per 100,000 registered patients in 2024/25 (38.3), the latest recorded year, in every year shown: an area is flagged only when its own figure is below that line. 21 of 106 areas are flagged.",
    );
    expect(notes('weighted')).toContain(
      "Under-doctored: fewer than 90% of England's qualified permanent GP FTE per 100,000 need-weighted (Carr-Hill) patients in 2024/25 (38.3), the latest recorded year, in every year shown: an area is flagged only when its own figure is below that line. 33 of 106 areas are flagged.",
    );
  });
});
