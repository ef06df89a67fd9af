// Where quote reports live, blocked by speaker: in memory here, in the store's corpus tables otherwise.
import type { QuoteReport } from './cluster-types.js';
import { hashString } from './hash-string.js';
import { toQuoteWords } from './quote-words.js';
import { MIN_SHARED_RUN } from './rules/link-shared-run.js';

export interface StoredReport extends QuoteReport {
  speakerKey: string;
}

export interface ReportIndex {
  /** Adds reports (a quote id already stored is replaced). */
  putReports(reports: StoredReport[]): Promise<void>;
  /** Removes an article's reports; returns the speaker keys they were in. */
  removeArticleReports(article: string): Promise<string[]>;
  getBlock(speakerKey: string): Promise<StoredReport[]>;
  speakerKeys(): Promise<string[]>;
  /** Reports having any of these text keys (see textKeys). */
  findByTextKeys(keys: readonly number[]): Promise<StoredReport[]>;
}

/** Keys of a quote's words: the whole text, and every run of MIN_SHARED_RUN words ("also attributed to"). */
export function textKeys(content: string): number[] {
  const w = toQuoteWords(content);
  const keys = new Set<number>([hashString(w.join(' '))]);
  for (let i = 0; i + MIN_SHARED_RUN <= w.length; i++)
    keys.add(hashString(`~${w.slice(i, i + MIN_SHARED_RUN).join(' ')}`));
  return [...keys];
}

export class MemoryReportIndex implements ReportIndex {
  private readonly blocks = new Map<string, Map<string, StoredReport>>();
  private readonly byKey = new Map<number, Set<string>>();
  private readonly byId = new Map<string, StoredReport>();
  private readonly byArticle = new Map<string, Set<string>>();

  async putReports(reports: StoredReport[]): Promise<void> {
    for (const r of reports) {
      const old = this.byId.get(r.quoteId);
      if (old) this.blocks.get(old.speakerKey)?.delete(r.quoteId);
      this.byId.set(r.quoteId, r);
      let ids = this.byArticle.get(r.article);
      if (!ids) {
        ids = new Set();
        this.byArticle.set(r.article, ids);
      }
      ids.add(r.quoteId);
      let block = this.blocks.get(r.speakerKey);
      if (!block) {
        block = new Map();
        this.blocks.set(r.speakerKey, block);
      }
      block.set(r.quoteId, r);
      for (const k of textKeys(r.content)) {
        let set = this.byKey.get(k);
        if (!set) {
          set = new Set();
          this.byKey.set(k, set);
        }
        set.add(r.quoteId);
      }
    }
  }

  async removeArticleReports(article: string): Promise<string[]> {
    const keys = new Set<string>();
    for (const id of this.byArticle.get(article) ?? []) {
      const r = this.byId.get(id);
      if (!r || r.article !== article) continue;
      this.byId.delete(id);
      this.blocks.get(r.speakerKey)?.delete(id);
      keys.add(r.speakerKey);
    }
    this.byArticle.delete(article);
    return [...keys];
  }

  async getBlock(speakerKey: string): Promise<StoredReport[]> {
    return [...(this.blocks.get(speakerKey)?.values() ?? [])];
  }

  async speakerKeys(): Promise<string[]> {
    return [...this.blocks.keys()].sort();
  }

  async findByTextKeys(keys: readonly number[]): Promise<StoredReport[]> {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) ids.add(id);
    return [...ids].map((id) => this.byId.get(id)).filter((r): r is StoredReport => r !== undefined);
  }
}
