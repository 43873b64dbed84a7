// What the model benchmark bundles: the projection engine and the app's own builder of its input from the data files.
export * from '../../src/model';
export { projectionData } from '../../src/data/projection-data';
