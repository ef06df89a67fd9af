// Where the cluster of every quote variant is kept, so that an arriving quote is clustered against the variants it
// can reach instead of re-clustering its speaker's whole block: in memory here, in the store's corpus tables
// otherwise. A variant is one speaker's quote words after normalization; reports of equal words always share a
// cluster (cluster/same-text), so the link graph can be walked over variants.
import { hashHex, hashString } from './hash-string.js';

export interface ClusterVariantRow {
  /** variantKey(speakerKey, words) */
  key: string;
  speakerKey: string;
  words: string[];
  clusterId: string;
}

/** A variant row as both stores' SQL returns it (words joined by single spaces). */
export type VariantDbRow = { variant_key: string; speaker_key: string; words: string; cluster_id: string };

export function toVariant(r: VariantDbRow): ClusterVariantRow {
  return {
    key: r.variant_key,
    speakerKey: r.speaker_key,
    words: r.words ? r.words.split(' ') : [],
    clusterId: r.cluster_id,
  };
}

/** A cluster's earliest report (its id hashes this quote id). */
export interface ClusterHead {
  time: string | null;
  quoteId: string;
}

/** A variant's size, kept with each of its gram keys: how many 3-grams a pair must share for a rule to link it
 * is known from these and the count of shared keys, before the variant's words are read. */
export interface GramStats {
  /** Words. */
  length: number;
  /** Distinct 3-grams. */
  distinct: number;
  /** 3-gram positions repeating an earlier one. */
  repeats: number;
}

/** A stored variant sharing `shared` gram keys with the one asked about. */
export interface GramMatch extends GramStats {
  key: string;
  shared: number;
}

/** One speaker block's changes, applied together. */
export interface ClusterWrite {
  speakerKey: string;
  /** Variants seen for the first time, with their gram keys and sizes. */
  variants: Array<{ row: ClusterVariantRow; grams: number[]; stats: GramStats }>;
  /** Cluster ids replaced by another (a merge, or an earlier report that now heads the cluster). */
  relabel: ReadonlyMap<string, string>;
  /** The head of every cluster created or changed. */
  heads: ReadonlyMap<string, ClusterHead>;
}

export interface ClusterIndex {
  getVariants(keys: readonly string[]): Promise<Map<string, ClusterVariantRow>>;
  /** Stored variants having any of these gram keys (see gramKeys; the speaker is part of the key), with how many. */
  matchGrams(grams: readonly number[]): Promise<GramMatch[]>;
  getHeads(ids: readonly string[]): Promise<Map<string, ClusterHead>>;
  writeClusters(write: ClusterWrite): Promise<void>;
  /** Forgets a speaker block's variants and clusters (before it is clustered again from its reports). */
  clearSpeaker(speakerKey: string): Promise<void>;
  /** True when no cluster is recorded (a store indexed before this index existed, or an empty one). */
  isEmpty(): Promise<boolean>;
}

/** The variant key of a quote's words; a quote without words is a variant of its own. */
export function variantKey(speakerKey: string, words: readonly string[], quoteId: string): string {
  return hashHex(words.length ? `${speakerKey}\u0000${words.join(' ')}` : `${speakerKey}\u0000#${quoteId}`);
}

/** Word 3-grams of a quote (a shorter quote is one key): every link rule needs one shared ("hackers can be"). */
export function quoteTrigrams(words: readonly string[]): string[] {
  if (words.length < 3) return words.length ? [words.join(' ')] : [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return [...out];
}

/** Sizes of a variant from its words and gram keys (distinct keys: two 3-grams sharing a hash count as a repeat,
 * which keeps couldLinkByCount a necessary condition). */
export function gramStats(words: readonly string[], keys: readonly number[]): GramStats {
  const positions = Math.max(0, words.length - 2);
  return { length: words.length, distinct: keys.length, repeats: Math.max(0, positions - keys.length) };
}

/** The 3-gram keys of a variant, within its speaker block. */
export function gramKeys(speakerKey: string, words: readonly string[]): number[] {
  return [...new Set(quoteTrigrams(words).map((g) => hashString(`${speakerKey}\u0001${g}`)))];
}

export class MemoryClusterIndex implements ClusterIndex {
  private readonly variants = new Map<string, ClusterVariantRow>();
  private readonly byGram = new Map<number, Set<string>>();
  private readonly stats = new Map<string, GramStats>();
  private readonly heads = new Map<string, ClusterHead & { speakerKey: string }>();
  private readonly members = new Map<string, Set<string>>();

  async getVariants(keys: readonly string[]): Promise<Map<string, ClusterVariantRow>> {
    const out = new Map<string, ClusterVariantRow>();
    for (const k of keys) {
      const v = this.variants.get(k);
      if (v) out.set(k, { ...v });
    }
    return out;
  }

  async matchGrams(grams: readonly number[]): Promise<GramMatch[]> {
    const shared = new Map<string, number>();
    for (const g of new Set(grams))
      for (const k of this.byGram.get(g) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    const out: GramMatch[] = [];
    for (const [key, n] of shared) {
      const st = this.stats.get(key);
      if (st) out.push({ key, shared: n, ...st });
    }
    return out;
  }

  async getHeads(ids: readonly string[]): Promise<Map<string, ClusterHead>> {
    const out = new Map<string, ClusterHead>();
    for (const id of ids) {
      const h = this.heads.get(id);
      if (h) out.set(id, { time: h.time, quoteId: h.quoteId });
    }
    return out;
  }

  async writeClusters(write: ClusterWrite): Promise<void> {
    for (const [from, to] of write.relabel) {
      for (const k of this.members.get(from) ?? []) {
        const v = this.variants.get(k);
        if (v) v.clusterId = to;
        this.memberOf(to).add(k);
      }
      this.members.delete(from);
      this.heads.delete(from);
    }
    for (const { row, grams, stats } of write.variants) {
      this.variants.set(row.key, { ...row });
      this.stats.set(row.key, stats);
      this.memberOf(row.clusterId).add(row.key);
      for (const g of grams) {
        let set = this.byGram.get(g);
        if (!set) {
          set = new Set();
          this.byGram.set(g, set);
        }
        set.add(row.key);
      }
    }
    for (const [id, h] of write.heads) this.heads.set(id, { ...h, speakerKey: write.speakerKey });
  }

  private memberOf(clusterId: string): Set<string> {
    let set = this.members.get(clusterId);
    if (!set) {
      set = new Set();
      this.members.set(clusterId, set);
    }
    return set;
  }

  async clearSpeaker(speakerKey: string): Promise<void> {
    for (const [k, v] of this.variants)
      if (v.speakerKey === speakerKey) {
        this.variants.delete(k);
        this.stats.delete(k);
      }
    for (const set of this.byGram.values()) for (const k of set) if (!this.variants.has(k)) set.delete(k);
    for (const [id, h] of this.heads)
      if (h.speakerKey === speakerKey) {
        this.heads.delete(id);
        this.members.delete(id);
      }
  }

  async isEmpty(): Promise<boolean> {
    return this.heads.size === 0;
  }
}
