// Verifies a candidate sentence pair: word-set Dice and tf cosine (Sánchez-Pérez-style seeds), both above a bar.

export interface SentenceSimilarity {
  dice: number;
  cosine: number;
}

export const MATCH_DICE = 0.5;
export const MATCH_COSINE = 0.5;

function counts(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Dice over distinct words and cosine over word counts. */
export function compareSentences(a: readonly string[], b: readonly string[]): SentenceSimilarity {
  if (a.length === 0 || b.length === 0) return { dice: 0, cosine: 0 };
  const ca = counts(a);
  const cb = counts(b);
  let shared = 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, n] of ca) {
    na += n * n;
    const m = cb.get(w);
    if (m !== undefined) {
      shared++;
      dot += n * m;
    }
  }
  for (const n of cb.values()) nb += n * n;
  return { dice: (2 * shared) / (ca.size + cb.size), cosine: dot / Math.sqrt(na * nb) };
}

/** True when the pair is one sentence reused (possibly lightly edited). */
export function isSentenceMatch(sim: SentenceSimilarity, dice = MATCH_DICE, cosine = MATCH_COSINE): boolean {
  return sim.dice >= dice && sim.cosine >= cosine;
}
