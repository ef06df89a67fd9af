// Clusters one speaker's reports: union of every pair an edge rule links, then the cluster's summary.
// A pure function of the set of reports (sorted first), so arrival order never changes the result.
import type { ClusterReport, ClusterVariant, QuoteCluster, QuoteReport } from './cluster-types.js';
import { compareTimes } from './compute-provenance.js';
import { couldLink, toTrigramView } from './could-link.js';
import { hashHex } from './hash-string.js';
import { toQuoteWords } from './quote-words.js';
import { linkContained } from './rules/link-contained.js';
import { linkSameText } from './rules/link-same-text.js';
import { linkSharedRun } from './rules/link-shared-run.js';
import { linkSmallEdit } from './rules/link-small-edit.js';

/** Edge rules, first match wins. */
export const LINK_RULES = [linkSameText, linkContained, linkSharedRun, linkSmallEdit];

/** Orders reports by time (unknown last), then quote id. */
export function compareReports(a: QuoteReport, b: QuoteReport): number {
  const t = compareTimes(a.time, b.time);
  if (t !== 0) return t;
  if (a.time === null && b.time !== null) return 1;
  if (b.time === null && a.time !== null) return -1;
  return a.quoteId < b.quoteId ? -1 : a.quoteId > b.quoteId ? 1 : 0;
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  let x = i;
  while (parent[x] !== r) {
    const next = parent[x] ?? r;
    parent[x] = r;
    x = next;
  }
  return r;
}

/** Word 3-grams of a quote, for candidate pairs (pairs sharing none are never compared); a shorter quote is one key.
 * Every link rule needs a shared 3-gram: "hackers can be anywhere" / "…everywhere" share "hackers can be". */
function trigrams(words: readonly string[]): string[] {
  if (words.length < 3) return words.length ? [words.join(' ')] : [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return [...out];
}

function hoursBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const x = Date.parse(a);
  const y = Date.parse(b);
  return Number.isNaN(x) || Number.isNaN(y) ? null : Math.round(((y - x) / 3_600_000) * 10) / 10;
}

/** Clusters the reports of one speaker block; `copyOf` says which articles are copies. */
export function clusterQuotes(
  reports: readonly QuoteReport[],
  copyOf: ReadonlyMap<string, string | null>,
  speakerKey: string,
): QuoteCluster[] {
  const sorted = [...reports].sort(compareReports);
  const words = sorted.map((r) => toQuoteWords(r.content));
  const views = words.map(toTrigramView);
  const parent = sorted.map((_, i) => i);
  const rulesOf = new Map<number, Set<string>>();
  const byGram = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const g of trigrams(w)) {
      let list = byGram.get(g);
      if (!list) {
        list = [];
        byGram.set(g, list);
      }
      list.push(i);
    }
  });
  const edges: Array<[number, number, string]> = [];
  for (let i = 0; i < sorted.length; i++) {
    const seen = new Set<number>();
    for (const g of trigrams(words[i] ?? [])) for (const j of byGram.get(g) ?? []) if (j > i) seen.add(j);
    for (const j of [...seen].sort((x, y) => x - y)) {
      // already one cluster: the pair adds nothing (keeps a long-running story's block near linear)
      if (find(parent, i) === find(parent, j)) continue;
      const wi = words[i] ?? [];
      const wj = words[j] ?? [];
      const same = wi.length === wj.length && wi.join(' ') === wj.join(' ');
      if (!same && !couldLink(views[i]!, views[j]!)) continue;
      for (const rule of LINK_RULES) {
        const name = rule(words[i] ?? [], words[j] ?? []);
        if (name) {
          edges.push([i, j, name]);
          const a = find(parent, i);
          const b = find(parent, j);
          parent[Math.max(a, b)] = Math.min(a, b);
          break;
        }
      }
    }
  }
  for (const [i, , name] of edges) {
    const root = find(parent, i);
    let set = rulesOf.get(root);
    if (!set) {
      set = new Set();
      rulesOf.set(root, set);
    }
    set.add(name);
  }
  const groups = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const root = find(parent, i);
    let g = groups.get(root);
    if (!g) {
      g = [];
      groups.set(root, g);
    }
    g.push(i);
  });
  const clusters: QuoteCluster[] = [];
  for (const [root, members] of groups) {
    const reportsOut: ClusterReport[] = members.map((i) => ({
      ...sorted[i]!,
      copyOf: copyOf.get(sorted[i]!.article) ?? null,
    }));
    const inCluster = new Set(reportsOut.map((r) => r.article));
    const independent = reportsOut.filter((r) => !r.copyOf || !inCluster.has(r.copyOf));
    const firstReport = independent[0] ?? reportsOut[0] ?? null;
    const ties = firstReport
      ? new Set(
          independent
            .filter(
              (r) =>
                r.article !== firstReport.article &&
                r.time !== null &&
                compareTimes(r.time, firstReport.time) === 0,
            )
            .map((r) => r.article),
        ).size
      : 0;
    const variantsByKey = new Map<
      string,
      { text: string; reports: number; outlets: Set<string>; independentOutlets: Set<string>; words: number }
    >();
    members.forEach((i, k) => {
      const key = (words[i] ?? []).join(' ');
      const r = reportsOut[k]!;
      let v = variantsByKey.get(key);
      if (!v) {
        v = {
          text: r.content,
          reports: 0,
          outlets: new Set(),
          independentOutlets: new Set(),
          words: words[i]?.length ?? 0,
        };
        variantsByKey.set(key, v);
      }
      v.reports++;
      v.outlets.add(r.outlet ?? r.article);
      if (independent.includes(r)) v.independentOutlets.add(r.outlet ?? r.article);
    });
    const variants = [...variantsByKey.values()];
    // well attested: carried by at least two thirds as many independent outlets as the most carried variant (≥ 2)
    const most = Math.max(0, ...variants.map((v) => v.independentOutlets.size));
    const bar = Math.max(2, Math.ceil((most * 2) / 3));
    const attested = variants
      .filter((v) => v.independentOutlets.size >= bar)
      .sort((a, b) => b.words - a.words);
    const frequent = [...variants].sort((a, b) => b.reports - a.reports || b.words - a.words);
    const canonical = (attested[0] ?? frequent[0])?.text ?? '';
    const names = new Map<string, number>();
    for (const r of reportsOut) if (r.speaker) names.set(r.speaker, (names.get(r.speaker) ?? 0) + 1);
    const speaker =
      [...names.entries()].sort((a, b) => b[0].length - a[0].length || b[1] - a[1])[0]?.[0] ?? speakerKey;
    const first = reportsOut[0]?.time ?? null;
    const last = [...reportsOut].reverse().find((r) => r.time !== null)?.time ?? null;
    clusters.push({
      id: `cl-${hashHex(reportsOut[0]?.quoteId ?? String(root))}`,
      speaker,
      speakerKey,
      canonical,
      variants: variants
        .sort((a, b) => b.reports - a.reports || b.words - a.words)
        .map((v): ClusterVariant => ({ text: v.text, reports: v.reports, outlets: v.outlets.size })),
      reports: reportsOut,
      firstReport,
      firstReportTies: ties,
      outlets: new Set(reportsOut.map((r) => r.outlet ?? r.article)).size,
      independentReports: independent.length,
      first,
      last,
      spreadHours: hoursBetween(first, last),
      alsoAttributedTo: [],
      rules: [...(rulesOf.get(root) ?? [])].sort(),
    });
  }
  return clusters.sort((a, b) => compareReports(a.reports[0]!, b.reports[0]!));
}
