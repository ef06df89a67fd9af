import { justNamed } from '../entities/coref/join-surname.js';
import type { Quote } from '../types.js';
import { entityOf, isPersonName, personMentionsIn, surnameOf } from './speaker-entity-names.js';
import { stripTitles } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "analyst Joseph Phillippi of E.F. Hutton Co. said" → Joseph Phillippi; "Hutton's Phillippi said" → the
// Joseph Phillippi named earlier: the person the entity layer finds heading the mention, by its fullest name.
// Not a possessor ("Michael Jackson's mother", "Mr Spitzer's office", "Sanders' team") nor a place after "of" ("Lord Roberts of Conwy").
// "a trader at Keel Securities": a name after a common noun's preposition is where the speaker works
const AFTER_COMMON_NOUN = /(?:^|\s)\p{L}[\p{Ll}-]*\s+(?:at|for|with|from|in)\s+(?:the\s+)?$/u;

// (the article alone between the mention's start and the name)
const THE_BEFORE = /^[Tt]he\s+$/;

const FIRM_SUFFIX_END = /\s(?:Co|Corp|Inc|Ltd|PLC|Plc|LLC|SA|AG|NV)\.?$/;
const FIRM_SUFFIXES_ONLY = /^\s*,?\s+(?:and|&)(?:\s+(?:Co|Corp|Inc|Ltd|PLC|Plc|LLC|Cie|Company)\.?,?)+$/;

export const speakerFromEntity: SpeakerRule = ({ quote, entities, text, previous }) => {
  const m = quote.mention;
  if (!m) return null;
  const heads = personMentionsIn(entities, m).filter(
    (pm) =>
      // (a plural's bare apostrophe too: "Sanders' team")
      !/^['’](?:s\b|\s)/.test(text.slice(pm.end, pm.end + 3)) &&
      !/\bof\s+$/.test(text.slice(m.start, pm.start)) &&
      !AFTER_COMMON_NOUN.test(text.slice(m.start, pm.start)),
  );
  // nested mentions ("Environment Canada" inside "Environment Canada spokeswoman Ann Lee"): the one ending last
  const head = heads.reduce<(typeof heads)[number] | undefined>(
    (a, b) => (!a || b.end >= a.end ? b : a),
    undefined,
  );
  if (!head) return null;
  // "Ann Tull and Ola Berg": two people speaking together, not the last of them
  // (only capitalised names before "and": not "Minister of Trade and Industry Ann Tull")
  if (/^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}and\s+(?:\p{Lu}\p{L}*\.\s+)?$/u.test(text.slice(m.start, head.start)))
    return null;
  // "Harlow Mills and Brant & Sons said": a list opened by the name, capitalised items after "and" to the
  // mention's end, speaks as the list, not its first item (not "Ann Tull and her lawyer"); "Frank B. Hall and Co
  // Inc": a firm of partners, whole (not "Baoshan Iron and Steel Co": one firm's name, read on as before)
  const listTail = text.slice(head.end, m.end);
  if (
    /^\s*,?\s+(?:and|&)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:&|\p{Lu}[\p{L}\p{M}.'’-]*))*$/u.test(listTail) &&
    (!FIRM_SUFFIX_END.test(listTail) || FIRM_SUFFIXES_ONLY.test(listTail))
  )
    return null;
  // "Several Dover analysts", "The Lloyd's List International newspaper": a common noun after the name heads
  // the mention, which is a descriptor
  // (not a name's own particle: "Ahmed Maher el-Sayed", "Ludwig van Beethoven")
  const tail = text.slice(head.end, m.end);
  if (
    /^\s+\p{Ll}\p{Ll}+$/u.test(tail) &&
    !/^\s+(?:jr|sr|de|da|di|du|la|le|van|von|der|den|bin|ibn)$/i.test(tail)
  )
    return null;
  // "Il Sole 24 Ore", "the U.S. Tarn Survey": a number and a capitalised word after it, or a country's abbreviation
  // right before it, make the run an organisation's name, no person's
  if (
    /^\s+\d+\s+\p{Lu}/u.test(tail) ||
    /(?:^|\s)(?:U\.S\.|US|U\.K\.|UK)\s+$/.test(text.slice(m.start, head.start))
  )
    return null;
  const e = entityOf(entities, head);
  if (e?.kind !== 'person') return null;
  // "Former President Bill Clinton … for his wife Hillary Clinton. ¶ "…," the former president said. ¶ "…,"
  // Clinton said.": a surname two people share goes on with the one just quoted
  const lastQuote = previous[previous.length - 1];
  const last = lastQuote?.speaker;
  // (not when the entity layer chose by the pronoun opening the report: "Vantor says he …")
  // (when the entity layer's choice has spoken before, only one just named, as the entity layer has it: "Dan Vell
  // said …. ¶ … Eric Vell said. ¶ <three sentences> ¶ Vell tweeted" is the Vell the article names most)
  const chosen = stripTitles(e.name).name;
  if (
    last &&
    lastQuote &&
    !/\s/.test(head.text.trim()) &&
    last !== chosen &&
    !head.rule.endsWith('surname-report-pronoun') &&
    (!previous.some((q) => q.speaker === chosen) ||
      justNamed(text, lastNamedEnd(text, lastQuote, last, m.start), m.start))
  ) {
    const key = surnameOf(head.text);
    const same = entities.entities.filter(
      (x) => x.kind === 'person' && surnameOf(stripTitles(x.name).name) === key,
    );
    if (same.length > 1 && same.some((x) => stripTitles(x.name).name === last))
      return { speaker: last, rule: 'speaker/entity-name-shared-surname' };
  }
  // "Secretary-General Jens Stoltenberg" as the entity's name: the title is not part of it
  const name = stripTitles(e.name).name;
  if (!isPersonName(name)) return null;
  // the entity must carry the mention's own surname ("Mr Howard" → Michael Howard)
  if (surnameOf(name) !== surnameOf(head.text)) return null;
  const after = text.slice(head.end, m.end);
  // "Lord Roberts of Conwy": a peer is named by title and seat
  if (/\b(?:Lord|Lady|Baron|Baroness)\b/.test(head.text) && /^\s+of\s+\p{Lu}/u.test(after)) return null;
  // "the Keel Trust of Norland reported": a name "the" opens and "of" a capitalised name goes on is a body's
  if (THE_BEFORE.test(text.slice(m.start, head.start)) && /^\s+of\s+\p{Lu}/u.test(after)) return null;
  // "President Abdel Fattah el-Sisi": a lower-case particle surname the entity layer stopped before
  const particle = /^\s+((?:el|al|bin|ibn|de|van|von|da|di|du|le|la)-\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(
    after,
  )?.[1];
  if (particle && name.endsWith(head.text.split(/\s+/).pop() ?? ''))
    return { speaker: `${name} ${particle}`, rule: 'speaker/entity-name' };
  return { speaker: name, rule: 'speaker/entity-name' };
};

// where the last speaker was last named or heard before `at`: their quote's mention, their quoted words
// ('Eric Vell said: "…. …."'), or their name written later ("Eric Vell then left."), whichever ends last
function lastNamedEnd(text: string, quote: Quote, speaker: string, at: number): number {
  const own = Math.max(
    quote.mention && quote.mention.end <= at ? quote.mention.end : -1,
    quote.end <= at ? quote.end : -1,
  );
  const written = text.lastIndexOf(speaker, at - speaker.length);
  return Math.max(own, written >= 0 ? written + speaker.length : -1);
}
