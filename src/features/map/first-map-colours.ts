// The first map's colours as pure functions of the data files, for the picture pre-rendered into index.html at build
// time (scripts/first-map): the app's default view (view store's initialView, "current trends" at every lever's
// default) at a given level, through the same steps as the live map (use-workforce.ts, use-map-scale.ts): the areas
// with the 36 ICBs of 2026 merged in, the dataset, the projection, the level's rows and mapScale's classes.
// test/features/map/first-map-colours.test.tsx checks it against the live map's hook, area by area.
import { prepareProjection, projectScenario } from '../../model';
import { buildDataset } from '../../data/dataset';
import { withIcb2026 } from '../../data/icb-2026';
import { projectionData, type ProjectionFiles } from '../../data/projection-data';
import type { Icb2026File } from '../../data/schemas';
import { levelRows } from '../../figures/level-rows';
import { metricConfig } from '../../figures/metrics';
import { projectionSeries } from '../../figures/projection-series';
import type { MapLevel } from '../../figures/map-levels';
import { initialView } from '../../state/stores/view-store';
import { initialChoices } from '../../state/stores/scenario-store';
import { ENGLAND_SCOPE } from '../../model';
import { mapScale, type MapScale } from '../../components/map/colours/map-figure';

export interface FirstMapFiles extends ProjectionFiles {
  icb2026: Icb2026File;
}

/** The default view's map at `level`: its classes and each area's fill (areas without a value are absent). */
export function firstMapColours(files: FirstMapFiles, level: MapLevel): MapScale {
  const areas = withIcb2026(files.areas, files.icb2026);
  const dataset = buildDataset(areas);
  const prepared = prepareProjection(projectionData({ ...files, areas }));
  const series = projectionSeries(dataset.history, projectScenario(prepared, initialChoices, null));
  const { metric: metricKey, year, baseYear, sameScale, patientBasis: basis } = initialView;
  const flagYear = dataset.years[dataset.years.length - 1] ?? year;
  const rows = levelRows({
    areas: dataset.atLevel[level],
    series,
    metric: metricKey,
    year,
    baseYear,
    englandCode: ENGLAND_SCOPE,
    basis,
    flagYear,
  });
  return mapScale({
    rows,
    metric: metricConfig(metricKey),
    series,
    year,
    baseYear,
    sameScale,
    englandCode: ENGLAND_SCOPE,
    basis,
    flagYear,
  });
}
