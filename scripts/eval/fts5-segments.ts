// The segment count of an FTS5 table, which a lookup of one key visits one by one. Read from the table's structure
// record (rowid 10 of `<table>_data`): a 4-byte cookie, an "FLV2" mark on newer stores, then the number of levels
// and the number of segments as SQLite varints (7 bits a byte, high bits first, a 9th byte of 8 bits).

import type Database from 'better-sqlite3';

/** Segments of FTS5 table `table` in `db`; null when there is no such table. */
export function fts5Segments(db: Database.Database, table: string): number | null {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(`${table}_data`);
  if (!exists) return null;
  const row = db.prepare(`SELECT block FROM "${table}_data" WHERE id = 10`).get() as
    | { block: Buffer }
    | undefined;
  if (!row) return 0;
  const b = row.block;
  let o = b.subarray(4, 8).toString('latin1') === 'FLV2' ? 8 : 4;
  const varint = () => {
    let v = 0;
    for (let k = 0; k < 9; k++) {
      const c = b[o++] ?? 0;
      if (k === 8) return v * 256 + c;
      v = v * 128 + (c & 0x7f);
      if (!(c & 0x80)) break;
    }
    return v;
  };
  varint(); // levels
  return varint();
}
