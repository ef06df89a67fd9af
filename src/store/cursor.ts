// Opaque keyset cursors: a page ends at a (sortDate, id) pair and the next page starts strictly after it,
// so rows added or removed elsewhere never shift a page.

export interface CursorKey {
  sortDate: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sortDate, key.id]), 'utf8').toString('base64url');
}

/** Throws a clear error on a cursor this store did not make. */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { sortDate: value[0], id: value[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw new Error(`invalid cursor '${cursor}'`);
}
