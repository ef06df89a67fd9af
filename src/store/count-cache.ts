// Recent `total`s of quote queries: paging through one search (same filters, new cursor) counts the matches
// once, not on every page. Entries live a few seconds and are dropped on every write through this store, so a
// total may lag only behind writes from other processes, and only that long.

export class CountCache {
  private readonly entries = new Map<string, { n: number; at: number }>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly max = 256,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): number | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (this.now() - hit.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.n;
  }

  set(key: string, n: number): void {
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { n, at: this.now() });
  }

  clear(): void {
    this.entries.clear();
  }
}
