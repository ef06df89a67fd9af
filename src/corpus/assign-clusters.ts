// Clusters a speaker block's newly indexed reports against the variants already clustered: a new variant is
// compared only with the variants sharing a 3-gram with it, and joins, merges or starts clusters; a report of a
// known variant joins its cluster. Single-link clusters grow monotonically, so this ends in the same clusters
// and ids as clusterQuotes() over the whole block, whatever the arrival order (test/corpus-incremental.test.ts).

import {
  type ClusterHead,
  type ClusterIndex,
  type ClusterWrite,
  gramKeys,
  gramStats,
  quoteTrigrams,
  variantKey,
} from './cluster-index.js';
import { compareReports, LINK_RULES } from './cluster-quotes.js';
import { couldLink, couldLinkByCount, type TrigramView, toTrigramView } from './could-link.js';
import { hashHex } from './hash-string.js';
import { toQuoteWords } from './quote-words.js';
import type { StoredReport } from './report-index.js';

export interface ClusterAssignment {
  /** Cluster id of each new report. */
  byQuote: Map<string, string>;
  /** Earlier cluster ids now replaced (every quote carrying the old id takes the new one). */
  relabel: Map<string, string>;
}

const clusterIdOf = (head: ClusterHead) => `cl-${hashHex(head.quoteId)}`;

function earlier(a: ClusterHead, b: ClusterHead): ClusterHead {
  const ra = { time: a.time, quoteId: a.quoteId } as StoredReport;
  const rb = { time: b.time, quoteId: b.quoteId } as StoredReport;
  return compareReports(ra, rb) <= 0 ? a : b;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    for (let y = x, p = this.parent.get(y); p !== undefined && p !== r; p = this.parent.get(y)) {
      this.parent.set(y, r);
      y = p;
    }
    return r;
  }
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x < y) this.parent.set(y, x);
    else if (y < x) this.parent.set(x, y);
  }
}

interface NewVariant {
  key: string;
  words: string[];
  reports: StoredReport[];
}

/** Links the new reports of one speaker block into the cluster index; returns their cluster ids. */
export async function assignClusters(
  index: ClusterIndex,
  speakerKey: string,
  reports: readonly StoredReport[],
): Promise<ClusterAssignment> {
  const byQuote = new Map<string, string>();
  const relabel = new Map<string, string>();
  if (reports.length === 0) return { byQuote, relabel };
  const variants = new Map<string, NewVariant>();
  for (const r of [...reports].sort(compareReports)) {
    const words = toQuoteWords(r.content);
    const key = variantKey(speakerKey, words, r.quoteId);
    let v = variants.get(key);
    if (!v) {
      v = { key, words, reports: [] };
      variants.set(key, v);
    }
    v.reports.push(r);
  }
  const known = await index.getVariants([...variants.keys()]);
  const nodeOf = (key: string) => {
    const k = known.get(key);
    return k ? `c:${k.clusterId}` : `v:${key}`;
  };
  const uf = new UnionFind();
  const fresh = [...variants.values()].filter((v) => !known.has(v.key));
  // every variant that may link to a fresh one: stored ones sharing enough gram keys (counted before their words
  // are read: a much-quoted speaker's block holds thousands sharing only "one of the"), and the other fresh ones
  const grams = new Map<string, number[]>(fresh.map((v) => [v.key, gramKeys(speakerKey, v.words)]));
  const wanted = new Set<string>();
  for (const v of fresh) {
    const keys = grams.get(v.key) ?? [];
    const own = gramStats(v.words, keys);
    for (const m of await index.matchGrams(keys))
      if (m.key !== v.key && couldLinkByCount(m.shared, own, m)) wanted.add(m.key);
  }
  const stored = [...(await index.getVariants([...wanted])).values()].filter(
    (c) => c.speakerKey === speakerKey,
  );
  const candidates: Array<{ key: string; words: string[]; node: string; view: TrigramView }> = [
    ...stored.map((c) => ({
      key: c.key,
      words: c.words,
      node: `c:${c.clusterId}`,
      view: toTrigramView(c.words),
    })),
    ...fresh.map((v) => ({ key: v.key, words: v.words, node: `v:${v.key}`, view: toTrigramView(v.words) })),
  ];
  const viewOf = new Map(candidates.map((c) => [c.key, c.view]));
  const byTrigram = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const g of quoteTrigrams(c.words)) {
      const list = byTrigram.get(g);
      if (list) list.push(i);
      else byTrigram.set(g, [i]);
    }
  });
  for (const v of fresh) {
    const self = `v:${v.key}`;
    const view = viewOf.get(v.key) ?? toTrigramView(v.words);
    const seen = new Set<number>();
    for (const g of quoteTrigrams(v.words)) for (const i of byTrigram.get(g) ?? []) seen.add(i);
    for (const i of [...seen].sort((a, b) => a - b)) {
      const c = candidates[i];
      if (!c || c.key === v.key || uf.find(self) === uf.find(c.node)) continue;
      // distinct variants are never the same text: only the word-sequence rules can link them
      if (!couldLink(view, c.view)) continue;
      if (LINK_RULES.some((rule) => rule(v.words, c.words) !== null)) uf.union(self, c.node);
    }
  }
  // one group per resulting cluster: the fresh variants and stored clusters it joins
  const groups = new Map<string, { clusters: Set<string>; variants: NewVariant[] }>();
  for (const v of variants.values()) {
    const root = uf.find(nodeOf(v.key));
    let g = groups.get(root);
    if (!g) {
      g = { clusters: new Set(), variants: [] };
      groups.set(root, g);
    }
    g.variants.push(v);
    const k = known.get(v.key);
    if (k) g.clusters.add(k.clusterId);
  }
  for (const c of stored) {
    const g = groups.get(uf.find(`c:${c.clusterId}`));
    if (g) g.clusters.add(c.clusterId);
  }
  const heads = await index.getHeads([...new Set([...groups.values()].flatMap((g) => [...g.clusters]))]);
  const newRows: ClusterWrite['variants'] = [];
  const newHeads = new Map<string, ClusterHead>();
  for (const g of groups.values()) {
    let head: ClusterHead | null = null;
    for (const id of g.clusters) {
      const h = heads.get(id);
      if (h) head = head ? earlier(head, h) : h;
    }
    for (const v of g.variants) {
      const r = v.reports[0];
      if (r)
        head = head
          ? earlier(head, { time: r.time, quoteId: r.quoteId })
          : { time: r.time, quoteId: r.quoteId };
    }
    if (!head) continue;
    const id = clusterIdOf(head);
    for (const old of g.clusters) if (old !== id) relabel.set(old, id);
    const before = heads.get(id);
    if (!before || before.quoteId !== head.quoteId || before.time !== head.time) newHeads.set(id, head);
    for (const v of g.variants) {
      for (const r of v.reports) byQuote.set(r.quoteId, id);
      if (!known.has(v.key))
        newRows.push({
          row: { key: v.key, speakerKey, words: v.words, clusterId: id },
          grams: grams.get(v.key) ?? [],
          stats: gramStats(v.words, grams.get(v.key) ?? []),
        });
    }
  }
  await index.writeClusters({ speakerKey, variants: newRows, relabel, heads: newHeads });
  return { byQuote, relabel };
}
