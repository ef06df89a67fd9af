// Where article prints and their inverted indexes live: in memory here, in the store's corpus tables otherwise.
import type { ArticlePrint } from './fingerprint-article.js';

export interface Posting {
  article: string;
  sentence: number;
  time: string | null;
}

/** Read side of a fingerprint index. Postings per fingerprint are bounded (the earliest kept). */
export interface PrintIndex {
  getPrint(id: string): Promise<ArticlePrint | null>;
  /** Postings of each fingerprint asked for (absent when none). */
  lookupFingerprints(fps: readonly number[]): Promise<Map<number, Posting[]>>;
  /** Ids of articles sharing any MinHash band key. */
  lookupBands(keys: readonly number[]): Promise<string[]>;
}

export interface WritablePrintIndex extends PrintIndex {
  /** Indexes a print; a print already stored under the id is replaced. `packed`: the print's stored form
   * (packPrint(print), as the SQLite corpus tables store it) when an analysis thread made it; a backend that
   * stores that form uses it instead of packing the print again, the others ignore it. */
  putPrint(print: ArticlePrint, packed?: string): Promise<void>;
  removePrint(id: string): Promise<void>;
  /** The stored copy status of an article (the article it copies, or null); undefined when not known. */
  getCopyOf?(id: string): Promise<string | null | undefined>;
  /** Stores a copy status computed when the arrival stamp was `stamp` (printStamp(); the current one when
   * omitted). */
  putCopyOf?(id: string, copyOf: string | null, stamp?: number): Promise<void>;
  /** Forgets the stored copy statuses of `ids` (recomputed when next read). */
  forgetCopyOf?(ids: readonly string[]): Promise<void>;
  /** Whether any copy status is stored (false: forgetCopyOf has nothing to forget). */
  anyCopyKnown?(): Promise<boolean>;
  /** Arrival stamps (an index with all three keeps statuses valid on read, not on ingest): the count of prints
   * put so far, which every putPrint that writes raises; each print keeps the stamp it arrived with. */
  printStamp?(): Promise<number>;
  /** The stored copy status with the arrival stamp current when it was computed; undefined when not known. */
  getCopyStatus?(id: string): Promise<CopyStatus | undefined>;
  /** Those of `ids` whose print arrived after `stamp`. */
  arrivedAfter?(ids: readonly string[], stamp: number): Promise<string[]>;
  /** The prints that arrived after `stamp`, with their stamps; null when they cannot be listed now (SQLite inside
   * an open transaction, whose stamps a rollback would give again). */
  printsArrivedAfter?(stamp: number): Promise<Array<{ print: ArticlePrint; stamp: number }> | null>;
}

export interface CopyStatus {
  copyOf: string | null;
  stamp: number;
}

/** Most postings kept per fingerprint or band key: a fingerprint in more articles is boilerplate (passim's maxDF). */
export const MAX_POSTINGS = 100;

/** Orders by time (unknown last), then id. */
export function compareTimeKeys(
  a: { time: string | null; article: string },
  b: { time: string | null; article: string },
): number {
  if (a.time !== b.time) {
    if (a.time === null) return 1;
    if (b.time === null) return -1;
    return a.time < b.time ? -1 : 1;
  }
  return a.article < b.article ? -1 : a.article > b.article ? 1 : 0;
}

/** Inserts keeping the list sorted by time and at most MAX_POSTINGS long (drops the latest). */
export function insertBounded(list: Posting[], p: Posting, max = MAX_POSTINGS): void {
  let i = list.length;
  while (i > 0 && compareTimeKeys(list[i - 1]!, p) > 0) i--;
  if (i >= max) return;
  list.splice(i, 0, p);
  if (list.length > max) list.pop();
}

/** The in-memory index (tests, evaluation, one-shot CLI runs). */
export class MemoryPrintIndex implements WritablePrintIndex {
  readonly prints = new Map<string, ArticlePrint>();
  private readonly copies = new Map<string, CopyStatus>();
  /** Arrival stamp of each print, and the count of prints put. */
  private readonly arrivals = new Map<string, number>();
  private stamp = 0;
  private readonly postings = new Map<number, Posting[]>();
  private readonly bands = new Map<number, Posting[]>();

  /** Keeps the print itself: a packed form made ahead (putPrint's `packed`) is not used. */
  async putPrint(print: ArticlePrint): Promise<void> {
    const old = this.prints.get(print.id);
    if (old?.textHash === print.textHash) return;
    if (old) await this.removePrint(old.id);
    this.copies.delete(print.id);
    this.prints.set(print.id, print);
    this.arrivals.set(print.id, ++this.stamp);
    for (const s of print.sentences) {
      for (const fp of s.fps) {
        let list = this.postings.get(fp);
        if (!list) {
          list = [];
          this.postings.set(fp, list);
        }
        insertBounded(list, { article: print.id, sentence: s.index, time: print.time });
      }
    }
    for (const key of print.bands) {
      const k = key;
      let list = this.bands.get(k);
      if (!list) {
        list = [];
        this.bands.set(k, list);
      }
      insertBounded(list, { article: print.id, sentence: -1, time: print.time });
    }
  }

  async removePrint(id: string): Promise<void> {
    const old = this.prints.get(id);
    if (!old) return;
    this.prints.delete(id);
    this.copies.delete(id);
    this.arrivals.delete(id);
    const drop = (map: Map<number, Posting[]>, key: number) => {
      const list = map.get(key);
      if (list)
        map.set(
          key,
          list.filter((p) => p.article !== id),
        );
    };
    for (const s of old.sentences) for (const fp of s.fps) drop(this.postings, fp);
    for (const key of old.bands) drop(this.bands, key);
  }

  async getPrint(id: string): Promise<ArticlePrint | null> {
    return this.prints.get(id) ?? null;
  }

  async getCopyOf(id: string): Promise<string | null | undefined> {
    return this.copies.get(id)?.copyOf;
  }

  async putCopyOf(id: string, copyOf: string | null, stamp = this.stamp): Promise<void> {
    if (this.prints.has(id)) this.copies.set(id, { copyOf, stamp });
  }

  async anyCopyKnown(): Promise<boolean> {
    return this.copies.size > 0;
  }

  async printStamp(): Promise<number> {
    return this.stamp;
  }

  async getCopyStatus(id: string): Promise<CopyStatus | undefined> {
    return this.copies.get(id);
  }

  async arrivedAfter(ids: readonly string[], stamp: number): Promise<string[]> {
    return ids.filter((id) => (this.arrivals.get(id) ?? 0) > stamp);
  }

  async printsArrivedAfter(stamp: number): Promise<Array<{ print: ArticlePrint; stamp: number }>> {
    const out: Array<{ print: ArticlePrint; stamp: number }> = [];
    for (const [id, s] of this.arrivals) {
      const print = this.prints.get(id);
      if (s > stamp && print) out.push({ print, stamp: s });
    }
    return out;
  }

  async forgetCopyOf(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.copies.delete(id);
  }

  async lookupFingerprints(fps: readonly number[]): Promise<Map<number, Posting[]>> {
    const out = new Map<number, Posting[]>();
    for (const fp of fps) {
      const list = this.postings.get(fp);
      if (list) out.set(fp, list);
    }
    return out;
  }

  async lookupBands(keys: readonly number[]): Promise<string[]> {
    const ids = new Set<string>();
    for (const key of keys) for (const p of this.bands.get(key) ?? []) ids.add(p.article);
    return [...ids];
  }
}
