import { rangeIndexHolding } from '../quotes/span-index.js';
import { paragraphOf, type SpeakerChoice, type SpeakerInput } from './speaker-rule.js';

/**
 * "The department said the bonuses averaged 116 dlrs. The shipments run to May. The awards were made to Keel Grain
 * Co, it said.": an "it" after the words it reports, when the organisation the entity layer joins it to is named
 * only inside those words, goes on from the organisation that reported in the three sentences before (three
 * short paragraphs of a wire story), not the firm the report names in passing (by its name or a short name the
 * article defines for it). `organisation` says whether a speaker is one.
 */
export function pronounReporterGoesOn(
  input: SpeakerInput,
  joined: string,
  organisation: (speaker: string) => boolean,
): SpeakerChoice | null {
  const { quote, previous, seg, text } = input;
  const m = quote.mention;
  if (m?.text.toLowerCase() !== 'it' || m.start < quote.end) return null;
  // the joined name inside the reported words, and nowhere before them in the sentence's paragraph
  // (or by a short name the article defines for it: "Tarn Electronics Group (TEG) … TEG employs 300, it said")
  const words = text.slice(quote.start, quote.end);
  const aliases = input.entities.entities.find((e) => e.name === joined)?.aliases ?? [];
  if (!words.includes(joined) && !aliases.some((a) => wordIn(words, a))) return null;
  const last = previous[previous.length - 1];
  const speaker = last?.speaker;
  if (!last || !speaker || speaker === joined || !organisation(speaker)) return null;
  if (words.includes(speaker.replace(/^the\s+/i, ''))) return null;
  if (paragraphOf(seg, m.start) - paragraphOf(seg, last.start) > 3) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  const j = rangeIndexHolding(seg.sentences, Math.max(last.end, last.mention?.end ?? 0) - 1);
  if (k < 0 || j < 0 || k <= j || k - j > 3) return null;
  return { speaker, rule: 'speaker/pronoun-reporter-goes-on' };
}

/** True when `name` stands in `words` as a whole word ("TEG", not the "TEG" of "TEGRA"). */
function wordIn(words: string, name: string): boolean {
  const at = words.indexOf(name);
  if (at < 0 || name.length < 2) return false;
  const before = words[at - 1] ?? ' ';
  const after = words[at + name.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
