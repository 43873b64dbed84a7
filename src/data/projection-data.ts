// The loaded data files reshaped into what the projection reads (the model's ProjectionData). Pure.
import { AGE_BANDS, type AgeSnapshot, type AgeYear, type BandValues, type ProjectionData } from '../model';
import type { AgeProfileFile, AreasFile, NationalFile, TrainingFile } from './schemas';

export interface ProjectionFiles {
  areas: AreasFile;
  national: NationalFile;
  ages: AgeProfileFile;
  training: TrainingFile;
}

function bands(
  snapshot: { bands: readonly { band: string; fte: number; headcount: number }[] },
  key: 'fte' | 'headcount',
): BandValues {
  const value = (band: string) => snapshot.bands.find((b) => b.band === band)?.[key] ?? 0;
  return [value(AGE_BANDS[0]), value(AGE_BANDS[1]), value(AGE_BANDS[2]), value(AGE_BANDS[3])];
}

const cache = new WeakMap<AreasFile, { files: ProjectionFiles; data: ProjectionData }>();

export function projectionData(files: ProjectionFiles): ProjectionData {
  const hit = cache.get(files.areas);
  if (hit && hit.files.national === files.national && hit.files.ages === files.ages && hit.files.training === files.training)
    return hit.data;
  const data: ProjectionData = {
    years: files.areas.years,
    areas: files.areas.areas.map((a) => ({
      code: a.code,
      level: a.level,
      // An ICB of 2026 made of parts is summed from them, not a child of its region (icb-2026.ts).
      parent: a.parts ? null : a.parent,
      fte: a.fte,
      headcount: a.headcount,
      patients: a.patients,
      traineeFte: a.locumTraineeFte,
      ...(a.parts ? { parts: a.parts } : {}),
    })),
    bulletin: files.national.rows.flatMap((r) =>
      r.qualifiedPermanentFte !== null && r.qualifiedPermanentHeadcount !== null
        ? [{ date: r.date, fte: r.qualifiedPermanentFte, headcount: r.qualifiedPermanentHeadcount }]
        : [],
    ),
    ageSnapshots: files.ages.snapshots.map((s): AgeSnapshot => ({
      date: s.date,
      heads: bands(s, 'headcount'),
      fte: bands(s, 'fte'),
    })),
    // Complete financial years only: a year still in progress is not a year's mean.
    ageYears: files.ages.financialYears
      .filter((y) => y.complete)
      .map((y): AgeYear => ({ year: y.year, heads: bands(y, 'headcount'), fte: bands(y, 'fte') })),
    intakes: files.training.intakes.map((i) => ({ recruitmentYear: i.recruitmentYear, places: i.places })),
  };
  cache.set(files.areas, { files, data });
  return data;
}
