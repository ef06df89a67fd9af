import { fullestName, isOrganisationName, mostSalientOrganisation } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import { isNamed, paragraphOf, type SpeakerRule } from './speaker-rule.js';

const isPerson = (s: string) => isNamed(s) && !isOrganisationName(s) && !/^\p{Lu}\p{Ll}+s$/u.test(s);
// "she" is not a spokesman, "he" not a spokeswoman or a Mrs
const fitsGender = (pronoun: string, s: string) =>
  pronoun === 'she'
    ? !/\b(?:spokesman|chairman|businessman|Mr|Sir|Lord|King|Prince)\b/.test(s)
    : !/\b(?:spokeswoman|chairwoman|businesswoman|actress|Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\b/.test(s);
const isGroupOrOrg = (s: string) =>
  (!isNamed(s) && /s$/.test(s)) || isOrganisationName(s) || (isNamed(s) && !/\s/.test(s));

// “…,” he added. → the previous quote's speaker, before the nearest name in the text;
// "it said" → the organisation that spoke last; "they say" → the group that spoke last.
export const speakerFromPronoun: SpeakerRule = ({ quote, previous, names, seg, text, entities }) => {
  const m = quote.mention?.text.toLowerCase();
  if (!m || !/^(?:he|she|they|it|we)$/.test(m)) return null;
  const here = paragraphOf(seg, quote.start);
  // "Silas said …" then "he said": a one-word surname the entity layer knows as a person
  const knownPerson = (s: string) => entities.entities.some((e) => e.kind === 'person' && e.name === s);
  const fits =
    m === 'he' || m === 'she' ? (s: string) => isPerson(s) || knownPerson(s) : (s: string) => isGroupOrOrg(s) && !knownPerson(s);
  // "it said": the organisation the story is about
  if (m === 'it') {
    const org = mostSalientOrganisation(names, text, quote.start, 2);
    if (org) return { speaker: org, rule: 'speaker/pronoun-most-salient-organisation' };
  }
  // a person who became the subject of the narration after the previous quote: "Mr Lee was freed. He said …"
  if (m === 'he' || m === 'she') {
    const prevEnd = previous[previous.length - 1]?.end ?? 0;
    const subject = narrationSubject(text, seg, names, prevEnd, quote.mention?.start ?? quote.start);
    if (subject)
      return { speaker: fullestName(names, subject) ?? subject, rule: 'speaker/pronoun-narration-subject' };
  }
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p?.speaker) continue;
    if (here - paragraphOf(seg, p.start) > 5) break;
    if (fits(p.speaker) && fitsGender(m, `${p.mention?.text ?? ''} ${p.speaker}`))
      return { speaker: p.speaker, rule: 'speaker/pronoun-previous-speaker' };
  }
  if (m === 'he' || m === 'she') {
    const before = names.persons.filter((n) => n.start < quote.start);
    const last = before[before.length - 1];
    if (last)
      return { speaker: fullestName(names, last.name) ?? last.name, rule: 'speaker/pronoun-nearest-name' };
  }
  if (m === 'it') {
    const orgs = names.organisations.filter((o) => o.start < quote.start);
    const last = orgs[orgs.length - 1];
    if (last) return { speaker: last.name, rule: 'speaker/pronoun-nearest-organisation' };
  }
  return null;
};
