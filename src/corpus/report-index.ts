// Where quote reports live, blocked by speaker: in memory here, in the store's corpus tables otherwise.
import { variantKey } from './cluster-index.js';
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
  /** Reports having any of these text keys (see textKeys), by quote id. The keys are kept per variant (a
   * speaker's quote words), not per report: reports of the same words share them, so a quote repeated by a
   * hundred outlets writes its keys once. */
  findByTextKeys(keys: readonly number[]): Promise<StoredReport[]>;
}

/** Keys of a quote's words: the whole text, and every run of MIN_SHARED_RUN words ("also attributed to"). */
export function textKeys(content: string): number[] {
  return textKeysOfWords(toQuoteWords(content));
}

/** textKeys of a quote already split into its words (a stored variant's). */
export function textKeysOfWords(w: readonly string[]): number[] {
  const keys = new Set<number>([hashString(w.join(' '))]);
  for (let i = 0; i + MIN_SHARED_RUN <= w.length; i++)
    keys.add(hashString(`~${w.slice(i, i + MIN_SHARED_RUN).join(' ')}`));
  return [...keys];
}

/** The reports among `block` whose variant is a key of `variants` (a store keeps text keys per variant), each
 * with the number its variant maps to (the order a backend gives them in). */
export function reportsOfVariants(
  block: readonly StoredReport[],
  variants: ReadonlyMap<string, number>,
): Array<{ report: StoredReport; order: number }> {
  const out: Array<{ report: StoredReport; order: number }> = [];
  for (const report of block) {
    const order = variants.get(variantKey(report.speakerKey, toQuoteWords(report.content), report.quoteId));
    if (order !== undefined) out.push({ report, order });
  }
  return out;
}

/** The stores' order of found reports: by the order of their variants, then quote id. */
export function inReportOrder(found: Array<{ report: StoredReport; order: number }>): StoredReport[] {
  return found.sort((a, b) => a.order - b.order || byQuoteId(a.report, b.report)).map((f) => f.report);
}

/** Reports by quote id (the order findByTextKeys gives in every backend). */
export const byQuoteId = (a: StoredReport, b: StoredReport) =>
  a.quoteId < b.quoteId ? -1 : a.quoteId > b.quoteId ? 1 : 0;

export class MemoryReportIndex implements ReportIndex {
  private readonly blocks = new Map<string, Map<string, StoredReport>>();
  /** Text key → variant keys; variant key → its reports' quote ids. */
  private readonly byKey = new Map<number, Set<string>>();
  private readonly byVariant = new Map<string, Set<string>>();
  private readonly byId = new Map<string, StoredReport & { variant: string }>();
  private readonly byArticle = new Map<string, Set<string>>();

  async putReports(reports: StoredReport[]): Promise<void> {
    for (const r of reports) {
      this.remove(r.quoteId);
      const words = toQuoteWords(r.content);
      const variant = variantKey(r.speakerKey, words, r.quoteId);
      this.byId.set(r.quoteId, { ...r, variant });
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
      let members = this.byVariant.get(variant);
      if (!members) {
        members = new Set();
        this.byVariant.set(variant, members);
        for (const k of textKeysOfWords(words)) {
          let set = this.byKey.get(k);
          if (!set) {
            set = new Set();
            this.byKey.set(k, set);
          }
          set.add(variant);
        }
      }
      members.add(r.quoteId);
    }
  }

  /** Forgets one report; its variant's text keys go with its last report. */
  private remove(quoteId: string): StoredReport | undefined {
    const r = this.byId.get(quoteId);
    if (!r) return undefined;
    this.byId.delete(quoteId);
    this.blocks.get(r.speakerKey)?.delete(quoteId);
    this.byArticle.get(r.article)?.delete(quoteId);
    const members = this.byVariant.get(r.variant);
    members?.delete(quoteId);
    if (members && members.size === 0) {
      this.byVariant.delete(r.variant);
      for (const k of textKeys(r.content)) {
        const set = this.byKey.get(k);
        set?.delete(r.variant);
        if (set && set.size === 0) this.byKey.delete(k);
      }
    }
    return r;
  }

  async removeArticleReports(article: string): Promise<string[]> {
    const keys = new Set<string>();
    for (const id of [...(this.byArticle.get(article) ?? [])]) {
      const r = this.remove(id);
      if (r) keys.add(r.speakerKey);
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
    for (const k of keys)
      for (const v of this.byKey.get(k) ?? []) for (const id of this.byVariant.get(v) ?? []) ids.add(id);
    return [...ids]
      .map((id) => this.byId.get(id))
      .filter((r): r is StoredReport & { variant: string } => r !== undefined)
      .map(({ variant: _v, ...r }) => r)
      .sort(byQuoteId);
  }
}
