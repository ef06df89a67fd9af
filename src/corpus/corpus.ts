// The cross-article engine: index each arriving article's prints and quote reports; answer provenance and quote
// clusters on demand from the indexes, so ingesting one at a time, in any order, or late gives the same answers.

import { assignClusters, type ClusterAssignment } from './assign-clusters.js';
import { type ClusterIndex, MemoryClusterIndex } from './cluster-index.js';
import { clusterQuotes } from './cluster-quotes.js';
import type { QuoteCluster, QuoteReport } from './cluster-types.js';
import { computeProvenance } from './compute-provenance.js';
import { type ArticlePrint, fingerprintArticle, type PrintInput } from './fingerprint-article.js';
import { MemoryPrintIndex, type WritablePrintIndex } from './print-index.js';
import type { Provenance } from './provenance-types.js';
import { RecentArrivals } from './recent-arrivals.js';
import { MemoryReportIndex, type ReportIndex, type StoredReport, textKeys } from './report-index.js';
import { toSpeakerKey } from './speaker-key.js';

export interface CorpusArticle extends PrintInput {}

/** Fewest shared fingerprints for an article to be re-checked as a possible copy when another arrives. */
const MIN_SHARED_FOR_COPY = 3;
/** Prints loaded at once to check copy statuses against in memory, at least and per status still to read (more:
 * the index lookups; loading and holding a print cost ~0.25 ms CPU, a check by lookups 0.8–1.6 ms at 10k–100k
 * articles), and held at most. */
const RECENT_LOAD = 256;
const RECENT_PER_READ = 3;
const RECENT_MAX = 4096;

export interface ClusterFilter {
  /** Speaker name (matched against the speaker key and names, case-insensitive). */
  speaker?: string;
}

export class Corpus {
  /** Reports indexed since the last assignClusterIds(), by speaker key. */
  private readonly pending = new Map<string, StoredReport[]>();
  /** Speaker keys that lost reports (a re-indexed article): clustered again from their whole block. */
  private readonly shrunk = new Set<string>();
  /** Prints arrived since some stamp, for checking stored copy statuses (recentSince). */
  private recent: RecentArrivals | null = null;

  constructor(
    readonly prints: WritablePrintIndex = new MemoryPrintIndex(),
    readonly reports: ReportIndex = new MemoryReportIndex(),
    readonly clusterIndex: ClusterIndex = new MemoryClusterIndex(),
  ) {}

  /** Indexes an article and its quotes (only direct quotes with a speaker are clustered), replacing what was
   * indexed under its id; `made` is its print when already made (fingerprintArticle of the same input), `packed`
   * that print's stored form when made too (see WritablePrintIndex.putPrint). Returns the speaker keys touched. */
  async addArticle(
    article: CorpusArticle,
    quotes: QuoteReport[],
    made?: ArticlePrint,
    packed?: string,
  ): Promise<string[]> {
    // a print made elsewhere (an analysis thread) is used when it is of this text, and its packed form with it
    const usable = made !== undefined && made.id === article.id;
    const print = usable ? made : fingerprintArticle(article);
    const old = await this.prints.getPrint(article.id);
    await this.prints.putPrint(print, usable ? packed : undefined);
    if (old?.textHash !== print.textHash) await this.refreshCopies(print, old);
    const before = await this.reports.removeArticleReports(article.id);
    const stored = [];
    for (const q of quotes) {
      if (q.type !== 'direct') continue;
      const speakerKey = toSpeakerKey(q.speaker, q.speakerId);
      if (speakerKey) stored.push({ ...q, speakerKey });
    }
    await this.reports.putReports(stored);
    for (const key of before) this.shrunk.add(key);
    for (const r of stored) {
      const list = this.pending.get(r.speakerKey);
      if (list) list.push(r);
      else this.pending.set(r.speakerKey, [r]);
    }
    return [...new Set([...before, ...stored.map((r) => r.speakerKey)])].sort();
  }

  /** Clusters the reports indexed since the last call into the cluster index: each new quote against the
   * variants it can reach (a block that lost reports, or every block of an index that has none recorded yet, is
   * clustered again whole). Returns the cluster id of every new quote and the cluster ids replaced. */
  async assignClusterIds(): Promise<ClusterAssignment> {
    const out: ClusterAssignment = { byQuote: new Map(), relabel: new Map() };
    const rebuild = new Set(this.shrunk);
    // a store's text keys are kept with its variants: a store holding reports but no clusters (indexed before the
    // cluster index existed) is clustered whole even when nothing new arrived
    if (await this.clusterIndex.isEmpty())
      for (const key of await this.reports.speakerKeys()) rebuild.add(key);
    const keys = [...new Set([...this.pending.keys(), ...rebuild])].sort();
    for (const key of keys) {
      let reports = this.pending.get(key) ?? [];
      if (rebuild.has(key)) {
        await this.clusterIndex.clearSpeaker(key);
        reports = await this.reports.getBlock(key);
      }
      const got = await assignClusters(this.clusterIndex, key, reports);
      for (const [q, c] of got.byQuote) out.byQuote.set(q, c);
      for (const [from, to] of got.relabel) out.relabel.set(from, to);
    }
    this.pending.clear();
    this.shrunk.clear();
    return out;
  }

  /** The stored copy status of the article and of those it may have made copies (or originals) is no longer
   * known: articles sharing a MinHash band, or at least MIN_SHARED_FOR_COPY fingerprints, with its new or old
   * print. Where the index can forget copy statuses they are recomputed lazily on the next read (copyOfMap), so an
   * arriving article costs two index lookups, not a provenance computation per similar article (a story copied
   * by a hundred outlets made every new copy recompute a hundred provenances). Where the index stamps statuses
   * with arrivals, a new print makes nothing stale here (a read checks what arrived after the stamp, see
   * isCopyStale): only a replaced print's old neighbours are forgotten, since nothing that arrives points to them. */
  private async refreshCopies(print: ArticlePrint, old: ArticlePrint | null): Promise<void> {
    const put = this.prints.putCopyOf?.bind(this.prints);
    if (!put) return;
    const forget = this.prints.forgetCopyOf?.bind(this.prints);
    const stamped = this.stamped();
    const from = stamped ? (old ? [old] : []) : old ? [print, old] : [print];
    if (from.length === 0) return;
    // nothing to forget: the two lookups (a third of the corpus step on SQLite) would change nothing
    if (forget && this.prints.anyCopyKnown && !(await this.prints.anyCopyKnown())) return;
    const ids = new Set<string>([print.id]);
    for (const p of from) {
      for (const id of await this.prints.lookupBands(p.bands)) ids.add(id);
      for (const [id, n] of await this.sharedFingerprints(p)) {
        if (n < MIN_SHARED_FOR_COPY || ids.has(id)) continue;
        if (forget) {
          ids.add(id);
          continue;
        }
        const other = await this.prints.getPrint(id);
        const total = other ? other.sentences.reduce((sum, s) => sum + s.fps.length, 0) : 0;
        if (other && n >= total * 0.5) ids.add(id);
      }
    }
    if (forget) return forget([...ids].sort());
    for (const id of [...ids].sort()) {
      if (!(await this.prints.getPrint(id))) continue;
      await put(id, await this.computeCopyOf(id));
    }
  }

  /** Whether the index stamps copy statuses with arrivals (checked on read instead of forgotten on ingest). */
  private stamped(): boolean {
    const p = this.prints;
    return p.printStamp !== undefined && p.getCopyStatus !== undefined && p.arrivedAfter !== undefined;
  }

  /** How many of `p`'s fingerprints each other article holds (in the bounded postings a lookup returns). */
  private async sharedFingerprints(p: ArticlePrint): Promise<Map<string, number>> {
    const shared = new Map<string, number>();
    for (const list of (await this.prints.lookupFingerprints(p.sentences.flatMap((s) => s.fps))).values()) {
      for (const q of new Set(list.map((x) => x.article))) shared.set(q, (shared.get(q) ?? 0) + 1);
    }
    return shared;
  }

  /** Whether a print that arrived after `stamp` could change the copy status of `id`: one sharing a MinHash band,
   * or at least MIN_SHARED_FOR_COPY fingerprints, with its print (the articles an arrival made stale before). */
  private async isCopyStale(id: string, stamp: number, head: number, reads: number): Promise<boolean> {
    const print = await this.prints.getPrint(id);
    const after = this.prints.arrivedAfter?.bind(this.prints);
    if (!print || !after) return true;
    const recent = await this.recentSince(stamp, head, reads);
    if (recent) return recent.touches(print, stamp, MIN_SHARED_FOR_COPY);
    const near = (await this.prints.lookupBands(print.bands)).filter((q) => q !== id);
    if (near.length && (await after(near, stamp)).length) return true;
    const shared = [...(await this.sharedFingerprints(print))]
      .filter(([q, n]) => n >= MIN_SHARED_FOR_COPY && q !== id)
      .map(([q]) => q);
    return shared.length > 0 && (await after(shared, stamp)).length > 0;
  }

  /** The prints that arrived after `stamp` (up to `head`) in memory, when few enough are not held yet: at most
   * RECENT_LOAD, or RECENT_PER_READ per status still to read (`reads`), and RECENT_MAX in all; null otherwise (then
   * the lookups). Kept from one read to the next, so a print is loaded once, not once per status checked. */
  private async recentSince(stamp: number, head: number, reads: number): Promise<RecentArrivals | null> {
    const load = this.prints.printsArrivedAfter?.bind(this.prints);
    if (!load) return null;
    // what is held serves when it reaches back to `stamp` and stays within RECENT_MAX; else it starts again there
    const r = this.recent;
    let held = r && r.from <= stamp && r.size + head - r.to <= RECENT_MAX ? r : null;
    const from = held ? held.to : stamp;
    const missing = head - from;
    if (missing > Math.max(RECENT_LOAD, RECENT_PER_READ * reads) || missing > RECENT_MAX) return null;
    if (missing > 0) {
      const arrived = await load(from);
      if (!arrived) return null;
      held ??= new RecentArrivals(stamp, stamp);
      held.add(arrived, head);
    }
    held ??= new RecentArrivals(stamp, head);
    this.recent = held;
    return held;
  }

  /** The copy status computed from the prints (what a stored status stands for). */
  async computeCopyOf(id: string): Promise<string | null> {
    return (await computeProvenance(this.prints, id))?.copyOf ?? null;
  }

  async provenance(articleId: string): Promise<Provenance | null> {
    return computeProvenance(this.prints, articleId);
  }

  /** The article each of `ids` is a copy of (null when independent); `cache` spans one request. A stored status
   * stamped with arrivals is used when no print that arrived since could change it (and stamped again), and
   * computed again otherwise. */
  async copyOfMap(
    ids: Iterable<string>,
    cache = new Map<string, string | null>(),
  ): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    const head = this.stamped() ? await this.prints.printStamp?.() : undefined;
    const list = [...ids];
    for (const [k, id] of list.entries()) {
      if (out.has(id)) continue;
      if (!cache.has(id)) cache.set(id, await this.readCopyOf(id, head, list.length - k));
      out.set(id, cache.get(id) ?? null);
    }
    return out;
  }

  /** One copy status: stored and still valid, or computed and stored (stamped `head` when stamps are kept). */
  private async readCopyOf(id: string, head: number | undefined, reads: number): Promise<string | null> {
    if (head === undefined) {
      const copy = this.prints.getCopyOf ? await this.prints.getCopyOf(id) : undefined;
      if (copy !== undefined) return copy;
      const computed = await this.computeCopyOf(id);
      await this.prints.putCopyOf?.(id, computed);
      return computed;
    }
    const status = await this.prints.getCopyStatus?.(id);
    if (status && (status.stamp >= head || !(await this.isCopyStale(id, status.stamp, head, reads)))) {
      if (status.stamp < head) await this.prints.putCopyOf?.(id, status.copyOf, head);
      return status.copyOf;
    }
    const computed = await this.computeCopyOf(id);
    await this.prints.putCopyOf?.(id, computed, head);
    return computed;
  }

  /** The clusters of one speaker block (`copies: false`: without the copy statuses, which cluster ids do not
   * depend on). */
  async clustersOf(
    speakerKey: string,
    cache?: Map<string, string | null>,
    copies = true,
  ): Promise<QuoteCluster[]> {
    const block = await this.reports.getBlock(speakerKey);
    const copyOf = copies
      ? await this.copyOfMap(
          block.map((r) => r.article),
          cache,
        )
      : new Map<string, string | null>();
    return clusterQuotes(block, copyOf, speakerKey);
  }

  /** All clusters (optionally of one speaker), largest first. */
  async clusters(filter: ClusterFilter = {}): Promise<QuoteCluster[]> {
    const want = filter.speaker ? toSpeakerKey(filter.speaker, null) : null;
    const text = filter.speaker?.trim().toLowerCase() ?? '';
    const slug = text.replace(/[^\p{L}\p{N}]+/gu, '-');
    const out: QuoteCluster[] = [];
    const cache = new Map<string, string | null>();
    for (const key of await this.reports.speakerKeys()) {
      if (want && key !== want && !key.toLowerCase().includes(slug)) {
        // a speakerId key ("speaker:vladimir-putin"): match the names its reports give
        const block = await this.reports.getBlock(key);
        if (!block.some((r) => r.speaker?.toLowerCase().includes(text))) continue;
      }
      out.push(...(await this.clustersOf(key, cache)));
    }
    return out.sort((a, b) => b.reports.length - a.reports.length || (a.id < b.id ? -1 : 1));
  }

  /** One cluster by id, with the clusters of other speakers carrying the same words. */
  async cluster(id: string): Promise<QuoteCluster | null> {
    const cache = new Map<string, string | null>();
    for (const key of await this.reports.speakerKeys()) {
      const found = (await this.clustersOf(key, cache)).find((c) => c.id === id);
      if (found) return this.withAlsoAttributed(found);
    }
    return null;
  }

  /** Cluster id of every quote in the given speaker blocks (for the store's quotes.clusterId). */
  async clusterIds(speakerKeys: Iterable<string>): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const cache = new Map<string, string | null>();
    for (const key of speakerKeys)
      for (const c of await this.clustersOf(key, cache, false))
        for (const r of c.reports) out.set(r.quoteId, c.id);
    return out;
  }

  async withAlsoAttributed(cluster: QuoteCluster): Promise<QuoteCluster> {
    const keys = [...new Set(cluster.variants.flatMap((v) => textKeys(v.text)))];
    const others = (await this.reports.findByTextKeys(keys)).filter(
      (r) => r.speakerKey !== cluster.speakerKey,
    );
    const links = new Map<string, string>();
    for (const key of new Set(others.map((r) => r.speakerKey))) {
      const ids = new Set(others.filter((r) => r.speakerKey === key).map((r) => r.quoteId));
      for (const c of await this.clustersOf(key))
        if (c.reports.some((r) => ids.has(r.quoteId))) links.set(c.id, c.speaker);
    }
    return {
      ...cluster,
      alsoAttributedTo: [...links].map(([clusterId, speaker]) => ({ clusterId, speaker })),
    };
  }
}
