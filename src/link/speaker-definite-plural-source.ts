import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

// plural heads an unnamed group of sources is written with
const HEAD =
  /^(?:sources|officials|analysts|economists|traders|dealers|diplomats|bankers|experts|executives)$/;

// the heads an unnamed plural source right before "the sources" may have ("Tarn exporters", "port officials")
const SOURCE_LIKE =
  /\s?(?:sources|officials|analysts|economists|traders|dealers|diplomats|bankers|experts|executives|exporters|importers|producers|brokers|observers|authorities|negotiators|delegates|participants|insiders|operators|buyers|sellers)$/;

// a group written in capitals after a country's abbreviation: "U.S. Officials", "UK Diplomats"
const COUNTRY_GROUP = /^(?:U\.S\.|US|U\.K\.|UK|EU|E\.U\.|U\.N\.|UN)\s+\p{Lu}\p{Ll}+s$/u;

// '…, oil industry sources said. ¶ … the sources said.': "the sources" is the group just quoted with that head
// ("oil industry sources"), in this or the three paragraphs before; "the sources" right after another unnamed
// plural source in the same or the paragraph before is that source ("…, Lorne exporters said. … the sources said")
export const speakerDefinitePluralSource: SpeakerRule = ({ quote, previous, seg }) => {
  const d = /^[Tt]he\s+([\p{Ll}-]+)$/u.exec(quote.mention?.text ?? '');
  const head = d?.[1];
  if (!head || !HEAD.test(head)) return null;
  const here = paragraphOf(seg, quote.start);
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p?.speaker) continue;
    const gap = here - paragraphOf(seg, p.start);
    if (gap > 3) break;
    // (a descriptor written without "the", the head its last word: "Industry sources", "Lorne ministry officials")
    // ("U.S. Officials": a wire's capitals after a country's abbreviation, the group as written)
    const capitals = COUNTRY_GROUP.test(p.speaker);
    const unnamedPlural =
      capitals || /^(?!(?:the|The)\s)(?:[\p{L}.'’-]+\s+){0,4}\p{Ll}[\p{Ll}-]*s$/u.test(p.speaker);
    // ("one of the governor's sons": a part of a group is no group)
    if (!unnamedPlural || /^\p{L}+\s+of\s/u.test(p.speaker)) continue;
    if (
      p.speaker.endsWith(` ${head}`) ||
      p.speaker.toLowerCase() === head ||
      (capitals && p.speaker.toLowerCase().endsWith(` ${head}`))
    )
      return { speaker: p.speaker, rule: 'speaker/definite-plural-source' };
    if (
      head === 'sources' &&
      SOURCE_LIKE.test(p.speaker) &&
      i === previous.length - 1 &&
      gap <= 1 &&
      !/^(?:some|many|most|several)\s/i.test(p.speaker)
    )
      return { speaker: p.speaker, rule: 'speaker/definite-plural-source' };
  }
  return null;
};
