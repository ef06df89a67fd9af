import { rangeIndexHolding } from '../quotes/span-index.js';
import type { SpeakerRule } from './speaker-rule.js';

// "A bookmaker", "a Lorne retailer", "an online bank": one business described, not yet named
const ONE_BUSINESS =
  /^[Aa]n?\s+(?:[\p{L}-]+\s+)?(?:bookmaker|retailer|supermarket|airline|carrier|insurer|lender|bank|brewer|carmaker|broadcaster|publisher|chain|firm|company)$/u;
// the next sentence opens with a name of two or three capitalised words as its subject, then a past verb: "Vell Hill
// made the move after …", "Tarn Brothers has said …"
const NAMED_SUBJECT =
  /^(\p{Lu}[\p{L}\p{M}'’&-]+(?:\s+\p{Lu}[\p{L}\p{M}'’&-]+){1,2})\s+(?:has\s+|had\s+|also\s+)?(?:made|said|says|took|stopped|decided|announced|\p{Ll}+ed)\b/u;

// "A bookmaker has stopped taking bets after claiming the show had leaked. ¶ Vell Hill made the move after …" → Vell
// Hill: a lead's one business described is the name the next sentence opens with as its subject.
export const speakerLeadBusinessNamedNext: SpeakerRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  if (!m || m.start > 400 || !ONE_BUSINESS.test(m.text)) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  if (k < 0 || k > 1) return null;
  const next = seg.sentences[k + 1];
  if (!next) return null;
  const named = NAMED_SUBJECT.exec(text.slice(next.start, next.end).trimStart())?.[1];
  if (!named || /^(?:The|A|An|But|And|In|On|At|It|This|That)\s/.test(named)) return null;
  return { speaker: named, rule: 'speaker/lead-business-named-next' };
};
