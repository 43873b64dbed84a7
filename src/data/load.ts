// Loads one committed data file from the app's own origin and validates it at the edge.
// A failure names the file and the field, so the panel that needs it can say exactly what is wrong.

/** Any schema with zod's safeParse (zod or zod/mini). */
export interface Schema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export class DataFileError extends Error {
  readonly file: string;
  readonly field: string | null;
  constructor(file: string, message: string, field: string | null = null) {
    super(field ? `${file}: ${field}: ${message}` : `${file}: ${message}`);
    this.name = 'DataFileError';
    this.file = file;
    this.field = field;
  }
}

/** Validates parsed JSON against a schema; throws a DataFileError naming the first bad field. */
export function validateDataFile<T>(file: string, json: unknown, schema: Schema<T>): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
  throw new DataFileError(file, issue?.message ?? 'does not match its schema', field);
}

export async function fetchDataFile<T>(file: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, { signal });
  } catch (error) {
    throw new DataFileError(file, `could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new DataFileError(file, `could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(file, 'is not valid JSON');
  }
  return validateDataFile(file, json, schema);
}
