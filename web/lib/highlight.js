// Cuts an article's text into runs at every quote, cue, mention and spin boundary, so each run can be marked up.

/**
 * layers: {quotes: [{start,end,…}], cues, mentions, spin, reused: [...]} (all [start, end) UTF-16 offsets).
 * Returns [{start, end, quote, cue, mention, spin, reused, quoteStart}] covering the whole text in order; `quote` is the
 * innermost quote over the run (a partial quote inside a reported one wins).
 */
export function cutRuns(text, layers) {
  const n = text.length;
  const clamp = (v) => Math.max(0, Math.min(n, v));
  const points = new Set([0, n]);
  for (const list of Object.values(layers)) {
    for (const r of list) {
      if (!(r.end > r.start)) continue;
      points.add(clamp(r.start));
      points.add(clamp(r.end));
    }
  }
  const cuts = [...points].sort((a, b) => a - b);
  const covering = (list, a, b) => list.filter((r) => r.start <= a && r.end >= b && r.end > r.start);
  const runs = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    if (end <= start) continue;
    const quotes = covering(layers.quotes ?? [], start, end).sort(
      (x, y) => x.end - x.start - (y.end - y.start),
    );
    const quote = quotes[0] ?? null;
    runs.push({
      start,
      end,
      quote,
      quoteStart: quote !== null && quote.start === start,
      cue: covering(layers.cues ?? [], start, end)[0] ?? null,
      mention: covering(layers.mentions ?? [], start, end)[0] ?? null,
      spin: covering(layers.spin ?? [], start, end)[0] ?? null,
      reused: covering(layers.reused ?? [], start, end)[0] ?? null,
    });
  }
  return runs;
}
