// 32-bit hashing for fingerprints: FNV-1a over strings, murmur3's fmix32 to mix and chain.

/** FNV-1a 32-bit hash of a string's UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 finalizer: spreads the bits of a 32-bit value. */
export function mixHash(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Order-dependent hash of a run of hashes (a word n-gram). */
export function chainHashes(hashes: readonly number[], from: number, count: number): number {
  let h = 0x9e3779b9;
  for (let j = 0; j < count; j++) h = mixHash((h ^ (hashes[from + j] ?? 0)) >>> 0);
  return h;
}

/** 16 hex digits from two independent hashes of a string (cluster ids and other stable keys). */
export function hashHex(s: string): string {
  const a = hashString(s);
  const b = mixHash(hashString(`${s}\u0001`) ^ 0x5bd1e995);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
