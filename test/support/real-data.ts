// The committed data files, validated by the app's own schemas and reshaped by its own builder: what the
// back-test and the data-driven model tests run on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataFile } from '../../src/data/load';
import { ageProfileFileSchema, areasFileSchema, nationalFileSchema, trainingFileSchema } from '../../src/data/schemas';
import { projectionData, type ProjectionFiles } from '../../src/data/projection-data';
import type { Schema } from '../../src/data/load';
import { prepareProjection, scopeLeverConfig, type LeverKey, type LeverValues, type Prepared } from '../../src/model';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

function read<T>(file: string, schema: Schema<T>): T {
  return validateDataFile(file, JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8')), schema);
}

let files: ProjectionFiles | null = null;
export function realFiles(): ProjectionFiles {
  files ??= {
    areas: read('areas.json', areasFileSchema),
    national: read('national.json', nationalFileSchema),
    ages: read('age-profile.json', ageProfileFileSchema),
    training: read('training.json', trainingFileSchema),
  };
  return files;
}

export const realProjectionData = () => projectionData(realFiles());

let prepared: Prepared | null = null;
/** The committed data prepared for projection, as the app prepares it. */
export function realPrepared(): Prepared {
  prepared ??= prepareProjection(realProjectionData());
  return prepared;
}

/** Lever configs in a scope given England's choices, from the model, on the committed data (as the app clamps). */
export const realConfigFor = (scope: string, key: LeverKey, england: Partial<LeverValues>) =>
  scopeLeverConfig(realPrepared(), scope, key, england);
