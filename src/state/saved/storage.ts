// The saved scenarios' two localStorage keys, and reading and writing them without ever throwing: a browser
// that refuses storage, or is full, gives a message for the person instead. Unreadable text is never deleted:
// it is appended to BACKUP_KEY before the main key is overwritten.

export const STORAGE_KEY = 'gpw.savedScenarios';
/** Raw text of entries that could not be read, set aside so that saving never destroys them. */
export const BACKUP_KEY = 'gpw.savedScenarios.unreadable';

/** `setAside`: the unreadable entries reached the backup key (so they need not be written again). */
export type StorageOutcome = { ok: true } | { ok: false; message: string; setAside: boolean };

export const UNAVAILABLE_MESSAGE =
  'This browser is not letting the planner keep scenarios (storage is turned off or blocked). Scenarios you save now last until you close or reload the page.';
export const QUOTA_MESSAGE =
  "This browser's storage is full, so the change was not kept after the page closes. Your scenarios are still here on this page: delete some saved scenarios, or free space in the browser, then save again.";

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** The page's localStorage, or null where the browser refuses it (private modes, blocked site data). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored text, or an error message when storage cannot be read. */
export function readStored(storage: Storage | null): { text: string | null } | { error: string } {
  if (!storage) return { error: UNAVAILABLE_MESSAGE };
  try {
    return { text: storage.getItem(STORAGE_KEY) };
  } catch {
    return { error: UNAVAILABLE_MESSAGE };
  }
}

/** The backup key's new text: what it held already (even if that is not JSON) followed by the newly unreadable entries. */
export function backupText(existing: string | null, unreadable: readonly string[]): string {
  let kept: string[] = [];
  if (existing !== null) {
    try {
      const parsed: unknown = JSON.parse(existing);
      kept = Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? (parsed as string[]) : [existing];
    } catch {
      kept = [existing];
    }
  }
  return JSON.stringify([...kept, ...unreadable]);
}

/** Writes `text`, after first setting aside any unreadable entries (if that fails, nothing is overwritten). */
export function writeStored(storage: Storage | null, text: string, unreadable: readonly string[]): StorageOutcome {
  if (!storage) return { ok: false, message: UNAVAILABLE_MESSAGE, setAside: false };
  let setAside = unreadable.length === 0;
  try {
    if (!setAside) storage.setItem(BACKUP_KEY, backupText(storage.getItem(BACKUP_KEY), unreadable));
    setAside = true;
    storage.setItem(STORAGE_KEY, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: isQuotaError(error) ? QUOTA_MESSAGE : UNAVAILABLE_MESSAGE, setAside };
  }
}

/** Which scenarios are ticked to compare (their ids, in the order ticked), kept so the ticks survive a reload. */
export const COMPARED_KEY = 'gpw.comparedScenarios';

/** The stored compare ticks: ids as stored, or none when storage is refused or holds something else. */
export function readCompared(storage: Storage | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(COMPARED_KEY) ?? '[]');
    return Array.isArray(parsed) ? [...new Set(parsed.filter((id): id is string => typeof id === 'string'))] : [];
  } catch {
    return [];
  }
}

/** Keeps the compare ticks; a browser that refuses storage keeps them on this page only (nothing to tell). */
export function writeCompared(storage: Storage | null, ids: readonly string[]): void {
  try {
    storage?.setItem(COMPARED_KEY, JSON.stringify(ids));
  } catch {
    // The ticks still hold on this page.
  }
}
