// Provenance of one article against everything indexed: computed on demand from the prints, so the answer is the
// same whatever order the articles arrived in.
import { compareSentences, isSentenceMatch } from './compare-sentences.js';
import type { AliasUse, ArticlePrint, SentencePrint } from './fingerprint-article.js';
import { estimateJaccard } from './minhash-signature.js';
import type { PrintIndex } from './print-index.js';
import type {
  FlagContext,
  Provenance,
  ProvenanceSource,
  SentenceReuse,
  Substitution,
} from './provenance-types.js';
import { flagNearDuplicate } from './rules/flag-near-duplicate.js';
import { flagSingleSourceCopy } from './rules/flag-single-source-copy.js';
import { flagSpun } from './rules/flag-spun.js';
import { flagStitched } from './rules/flag-stitched.js';

export const COPY_JACCARD = 0.7;
/** Candidate sentences verified per sentence (the ones sharing most fingerprints). */
const MAX_CANDIDATES = 12;

const COPY_RULES = [flagNearDuplicate, flagSingleSourceCopy];

/** -1 when a is before b, 1 after, 0 when the times do not order them (same date, or unknown). */
export function compareTimes(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  const full = a.length > 10 && b.length > 10;
  const x = full ? Date.parse(a) : 0;
  const y = full ? Date.parse(b) : 0;
  if (full && !Number.isNaN(x) && !Number.isNaN(y)) return x < y ? -1 : x > y ? 1 : 0;
  const da = a.slice(0, 10);
  const db = b.slice(0, 10);
  return da < db ? -1 : da > db ? 1 : 0;
}

/** Caches prints and partner counts while one provenance is computed. */
export class ProvenanceContext {
  private readonly prints = new Map<string, ArticlePrint | null>();
  private readonly partners = new Map<string, number>();
  constructor(readonly index: PrintIndex) {}

  async print(id: string): Promise<ArticlePrint | null> {
    if (!this.prints.has(id)) this.prints.set(id, await this.index.getPrint(id));
    return this.prints.get(id) ?? null;
  }

  /** Distinct articles sharing a fingerprint with `p` (a stitched page has many; its sources few). */
  async partnerCount(p: ArticlePrint): Promise<number> {
    const known = this.partners.get(p.id);
    if (known !== undefined) return known;
    const ids = new Set<string>();
    const found = await this.index.lookupFingerprints(p.sentences.flatMap((s) => s.fps));
    for (const list of found.values()) for (const q of list) if (q.article !== p.id) ids.add(q.article);
    this.partners.set(p.id, ids.size);
    return ids.size;
  }

  /** Whether `s` can be a source of `a`: earlier, or at the same time with fewer partners (then by id). */
  async isEarlier(s: ArticlePrint, a: ArticlePrint): Promise<boolean> {
    const t = compareTimes(s.time, a.time);
    if (t !== 0) return t < 0;
    const ps = await this.partnerCount(s);
    const pa = await this.partnerCount(a);
    if (ps !== pa) return ps < pa;
    return s.id < a.id;
  }

  /** Sorts prints earliest first under isEarlier. */
  async sortEarliest(list: ArticlePrint[]): Promise<ArticlePrint[]> {
    const out: ArticlePrint[] = [];
    for (const p of list) {
      let i = out.length;
      while (i > 0 && (await this.isEarlier(p, out[i - 1]!))) i--;
      out.splice(i, 0, p);
    }
    return out;
  }
}

/** Earlier articles whose MinHash signature says near-duplicate, earliest first. */
export async function findEarlierNearDuplicates(
  ctx: ProvenanceContext,
  print: ArticlePrint,
): Promise<ArticlePrint[]> {
  const near: ArticlePrint[] = [];
  for (const id of await ctx.index.lookupBands(print.bands)) {
    if (id === print.id) continue;
    const other = await ctx.print(id);
    if (!other || estimateJaccard(print.signature, other.signature) < COPY_JACCARD) continue;
    if (await ctx.isEarlier(other, print)) near.push(other);
  }
  return ctx.sortEarliest(near);
}

/** Long alias forms in `s` that the source sentence `t` does not write ("Russian Federation" where it has "Russia"). */
export function findSubstitutions(s: SentencePrint, t: SentencePrint): AliasUse[] {
  const written = new Set(t.aliases.map((a) => a.surface.toLowerCase()));
  return s.aliases.filter((use) => use.isLong && !written.has(use.surface.toLowerCase()));
}

interface Match {
  reuse: SentenceReuse;
  source: ArticlePrint;
  subs: AliasUse[];
}

/** The earliest earlier article holding a verified match of sentence `s`. */
async function matchSentence(
  ctx: ProvenanceContext,
  print: ArticlePrint,
  s: SentencePrint,
  found: Map<number, Array<{ article: string; sentence: number }>>,
): Promise<Match | null> {
  const counts = new Map<string, { article: string; sentence: number; n: number }>();
  for (const fp of s.fps) {
    for (const p of found.get(fp) ?? []) {
      if (p.article === print.id) continue;
      const key = `${p.article}\u0000${p.sentence}`;
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { article: p.article, sentence: p.sentence, n: 1 });
    }
  }
  const ranked = [...counts.values()]
    .sort((a, b) => b.n - a.n || (a.article < b.article ? -1 : 1))
    .slice(0, MAX_CANDIDATES);
  let best: Match | null = null;
  for (const c of ranked) {
    const source = await ctx.print(c.article);
    const t = source?.sentences[c.sentence];
    if (!source || !t) continue;
    const sim = compareSentences(s.canon, t.canon);
    if (!isSentenceMatch(sim)) continue;
    if (!(await ctx.isEarlier(source, print))) continue;
    if (best && !(await ctx.isEarlier(source, best.source))) continue;
    const subs = findSubstitutions(s, t);
    const spun = subs.length > 0;
    best = {
      source,
      subs,
      reuse: {
        sentence: s.index,
        start: s.start,
        end: s.end,
        source: source.id,
        sourceSentence: t.index,
        spun,
        dice: sim.dice,
        cosine: sim.cosine,
        rule: spun ? 'reuse/alias-mapped-sentence' : 'reuse/verified-sentence',
      },
    };
  }
  return best;
}

/** Copy, sources, stitching and spin of article `id`; null when it is not indexed. */
export async function computeProvenance(index: PrintIndex, id: string): Promise<Provenance | null> {
  const ctx = new ProvenanceContext(index);
  const print = await ctx.print(id);
  if (!print) return null;
  const nearEarlier = await findEarlierNearDuplicates(ctx, print);
  const found = await index.lookupFingerprints(print.sentences.flatMap((s) => s.fps));
  const sentences: SentenceReuse[] = [];
  const substitutions: Substitution[] = [];
  const bySource = new Map<string, ProvenanceSource>();
  let total = 0;
  let reused = 0;
  for (const s of print.sentences) {
    if (s.fps.length === 0) continue;
    total += s.words.length;
    const m = await matchSentence(ctx, print, s, found);
    if (!m) continue;
    reused += s.words.length;
    sentences.push(m.reuse);
    for (const use of m.subs) {
      substitutions.push({
        start: use.start,
        end: use.end,
        text: use.surface,
        usual: use.usual,
        canonical: use.canonical,
        source: m.source.id,
      });
    }
    let src = bySource.get(m.source.id);
    if (!src) {
      src = {
        article: m.source.id,
        outlet: m.source.outlet,
        time: m.source.time,
        sentences: 0,
        share: 0,
        spun: false,
      };
      bySource.set(m.source.id, src);
    }
    src.sentences++;
    src.share += s.words.length;
    src.spun ||= m.reuse.spun;
  }
  const sources = [...bySource.values()]
    .map((s) => ({ ...s, share: total ? s.share / total : 0 }))
    .sort((a, b) => b.share - a.share || (a.article < b.article ? -1 : 1));
  const flagCtx: FlagContext = {
    print,
    nearEarlier,
    sources,
    reusedShare: total ? reused / total : 0,
    sentences,
  };
  const rules: string[] = [];
  let copyOf: string | null = null;
  for (const rule of COPY_RULES) {
    const flag = rule(flagCtx);
    if (flag) {
      copyOf = flag.copyOf;
      rules.push(flag.rule);
      break;
    }
  }
  const stitchedRule = copyOf ? null : flagStitched(flagCtx);
  const spunRule = flagSpun(flagCtx);
  if (stitchedRule) rules.push(stitchedRule);
  if (spunRule) {
    rules.push(spunRule);
    // the spun page's other unusual forms ("insisting Russian Federation was …"), with no source to compare
    for (const u of print.unusual ?? []) {
      if (substitutions.some((s) => s.start < u.end && u.start < s.end)) continue;
      substitutions.push({ ...u, source: null });
    }
    substitutions.sort((a, b) => a.start - b.start);
  }
  return {
    article: id,
    copyOf,
    sources,
    stitched: stitchedRule !== null,
    spun: spunRule !== null,
    reusedShare: flagCtx.reusedShare,
    substitutions,
    sentences,
    rules,
  };
}
