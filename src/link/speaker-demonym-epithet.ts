import { rangeIndexHolding } from '../quotes/span-index.js';
import { isDemonymDescriptor } from './speaker-demonym-descriptor.js';
import { personMentionsIn } from './speaker-entity-names.js';
import { fullestName } from './speaker-names.js';
import { isNamed, type SpeakerRule } from './speaker-rule.js';

// "the Scot", "the 30-year-old Dane": one person named by the country they are from (not "the Scots", a people)
const THE_ONE = /^[Tt]he\s/;

// 'Ann Roe said her side was ready. "…," Roe said. Roe's striker Tom Bell is fit, but the Scot admitted he was
// unsure whether to start him.' — "the Scot" is the person who just spoke when the text names him again in this
// sentence or the one before (not the one other name there: "Tarn's Edu … the Brazilian" may be read as a club)
export const speakerDemonymEpithet: SpeakerRule = ({ quote, text, seg, names, previous, entities }) => {
  const m = quote.mention;
  if (!m || !THE_ONE.test(m.text) || /(?:s|men|women)$/.test(m.text) || !isDemonymDescriptor(m.text))
    return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  const from = seg.sentences[k - 1]?.start ?? seg.sentences[k]?.start;
  if (from === undefined) return null;
  const named = new Set<string>();
  for (const p of personMentionsIn(entities, { start: from, end: m.start })) {
    const name = text.slice(p.start, p.end).replace(/['’]s$/, '');
    named.add(fullestName(names, name) ?? name);
  }
  if (named.size === 0) return null;
  const last = previous[previous.length - 1]?.speaker;
  if (last && isNamed(last) && named.has(last))
    return { speaker: last, rule: 'speaker/demonym-epithet-speaker' };
  return null;
};
