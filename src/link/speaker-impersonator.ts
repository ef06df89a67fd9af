import { entityOf, personMentionsIn } from './speaker-entity-names.js';
import { stripTitles } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "Alan Corwin's Brack", "Corwin's Brack": a performer's take on another person
const POSSESSED_PERSON =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})['’]s\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}$/u;
// the stage: a show, a sketch, someone playing a part, written near the mention
const STAGE =
  /\b(?:play(?:s|ed|ing)?|impersonat\w*|portray\w*|sketch\w*|skit|spoof\w*|parod\w*|comedian|comic|actor|actress|Saturday Night Live|SNL)\b/i;

// 'In the opening sketch, Alan Corwin's Brack asked: "…"' → Alan Corwin: a person's name owning another person's
// name, in a text about a show, is the performer playing that person, who speaks the lines (not the one played).
export const speakerImpersonator: SpeakerRule = ({ quote, text, entities }) => {
  const m = quote.mention;
  const owner = m ? POSSESSED_PERSON.exec(m.text)?.[1] : undefined;
  if (!m || !owner) return null;
  if (!STAGE.test(text.slice(Math.max(0, m.start - 300), Math.min(text.length, quote.end + 300))))
    return null;
  const end = m.start + owner.length;
  const performer = personMentionsIn(entities, { start: m.start, end }).find((p) => p.end === end);
  const played = personMentionsIn(entities, { start: end, end: m.end }).find((p) => p.end === m.end);
  const e = performer ? entityOf(entities, performer) : null;
  if (e?.kind !== 'person' || !played || entityOf(entities, played)?.id === e.id) return null;
  return { speaker: stripTitles(e.name).name, rule: 'speaker/impersonator' };
};
