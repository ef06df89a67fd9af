import type { SpeakerRule } from './speaker-rule.js';

// "United's statement to the stock exchange said: …" → the club, not the exchange: a document sent to
// someone speaks for its sender, named in the possessive before it.
export const speakerStatementTo: SpeakerRule = ({ quote, text, entities }) => {
  const m = quote.mention;
  if (!m || !/^the\s/i.test(m.text)) return null;
  const sender =
    /((?:\p{Lu}[\p{L}\p{M}&.-]*\s+)*\p{Lu}[\p{L}\p{M}&.-]*)['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|report|filing|submission|complaint|message)\s+to\s+$/u.exec(
      text.slice(Math.max(0, m.start - 80), m.start),
    )?.[1];
  if (!sender || /^(?:The|A|An|It|Its)$/.test(sender)) return null;
  // "United" → "Manchester United" when the entity layer groups them
  const entity = entities.entities.find((e) => e.name === sender || e.aliases.includes(sender));
  return { speaker: entity?.name ?? sender, rule: 'speaker/statement-sender' };
};
