// The keys of the prints that arrived after some stamp, in memory: a stored copy status is checked against them
// directly (no index lookup) when few arrived since it was computed.
import type { ArticlePrint } from './fingerprint-article.js';

export interface ArrivedPrint {
  print: ArticlePrint;
  stamp: number;
}

export class RecentArrivals {
  /** Stamp of each print held (its latest arrival). */
  private readonly stamps = new Map<string, number>();
  private readonly bands = new Map<number, string[]>();
  private readonly fps = new Map<number, string[]>();

  /** Holds every print that arrived after `from`, up to `to`. */
  constructor(
    readonly from: number,
    public to: number,
  ) {}

  get size(): number {
    return this.stamps.size;
  }

  add(arrived: readonly ArrivedPrint[], to: number): void {
    for (const { print, stamp } of arrived) {
      this.stamps.set(print.id, stamp);
      for (const key of print.bands) addTo(this.bands, key, print.id);
      for (const s of print.sentences) for (const fp of s.fps) addTo(this.fps, fp, print.id);
    }
    this.to = to;
  }

  /** Whether a print held, arrived after `stamp`, shares a band or at least `minShared` distinct fingerprints with
   * `print` (no posting bound applies here: this may say yes where the lookups would not, never the reverse). */
  touches(print: ArticlePrint, stamp: number, minShared: number): boolean {
    const newer = (id: string) => id !== print.id && (this.stamps.get(id) ?? 0) > stamp;
    for (const key of print.bands) for (const id of this.bands.get(key) ?? []) if (newer(id)) return true;
    const shared = new Map<string, number>();
    for (const fp of new Set(print.sentences.flatMap((s) => s.fps)))
      for (const id of this.fps.get(fp) ?? []) {
        if (!newer(id)) continue;
        const n = (shared.get(id) ?? 0) + 1;
        if (n >= minShared) return true;
        shared.set(id, n);
      }
    return false;
  }
}

/** Arrays, not sets (a few thousand prints hold ~100 keys each); a print adds its keys one after another, so its
 * id is last in a key's list when that key came earlier in the same print. */
function addTo(map: Map<number, string[]>, key: number, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}
