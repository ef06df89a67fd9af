import type { EntityLayer } from '../entities/find-entities.js';
import { fullestName, isOrganisationName, mostSalientOrganisation } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import { isNamed, PRONOUNS, paragraphOf, type SpeakerRule } from './speaker-rule.js';

const isPerson = (s: string) => isNamed(s) && !isOrganisationName(s) && !/^\p{Lu}\p{Ll}+s$/u.test(s);
// "she" is not a spokesman, "he" not a spokeswoman or a Mrs
const fitsGender = (pronoun: string, name: string, mention = '') => {
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  const s = `${mention} ${name}`;
  return pronoun === 'she'
    ? !/\b(?:spokesman|chairman|businessman|Mr|Sir|Lord|King|Prince)\b/.test(s)
    : !/\b(?:spokeswoman|chairwoman|businesswoman|actress|Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\b/.test(s);
};
const NOT_A_PERSON =
  /^(?:company|firm|group|bank|newspaper|paper|daily|agency|ministry|party|union|club|statement|report|survey|study|government|board|council|committee|court|document|book|letter|website|poll)$/;
// "one arbitrageur", "an official", "the second analyst": one unnamed person
const isPersonDescriptor = (s: string) => {
  const m = /^(?:a|an|one|the|another)\s+(?:[\p{L}-]+\s+){0,4}([\p{Ll}-]+)$/u.exec(s);
  return !!m?.[1] && !/s$/.test(m[1]) && !NOT_A_PERSON.test(m[1]);
};
const isGroupOrOrg = (s: string) =>
  (!isNamed(s) && /s$/.test(s)) || isOrganisationName(s) || (isNamed(s) && !/\s/.test(s));

interface KnownNames {
  /** Names of person entities and texts of person mentions. */
  persons: Set<string>;
  /** Names and aliases of organisation and place entities. */
  others: Set<string>;
  /** Names of organisation entities. */
  organisations: Set<string>;
}

// the entity layer's names by kind, gathered once per article (every pronoun quote asks of several speakers)
const knownNames = new WeakMap<EntityLayer, { entities: number; mentions: number; names: KnownNames }>();
function namesOf(layer: EntityLayer): KnownNames {
  const memo = knownNames.get(layer);
  if (memo && memo.entities === layer.entities.length && memo.mentions === layer.mentions.length)
    return memo.names;
  const names: KnownNames = { persons: new Set(), others: new Set(), organisations: new Set() };
  for (const e of layer.entities) {
    if (e.kind === 'person') names.persons.add(e.name);
    if (e.kind === 'organization') names.organisations.add(e.name);
    if (e.kind === 'organization' || e.kind === 'place')
      for (const n of [e.name, ...e.aliases]) names.others.add(n);
  }
  for (const x of layer.mentions) if (x.kind === 'person') names.persons.add(x.text);
  knownNames.set(layer, { entities: layer.entities.length, mentions: layer.mentions.length, names });
  return names;
}

// “…,” he added. → the previous quote's speaker, before the nearest name in the text;
// "it said" → the organisation that spoke last; "they say" → the group that spoke last.
export const speakerFromPronoun: SpeakerRule = ({ quote, previous, names, seg, text, entities }) => {
  const m = quote.mention?.text.toLowerCase();
  if (!m || !/^(?:he|she|they|it|we)$/.test(m)) return null;
  const here = paragraphOf(seg, quote.start);
  const known = namesOf(entities);
  // "Silas said …" then "he said": a one-word surname the entity layer knows as a person
  const knownPerson = (s: string) => known.persons.has(s);
  // "England said …" then "he said": a team, country or firm is no "he"
  const knownOther = (s: string) => known.others.has(s) && !knownPerson(s);
  const fits =
    m === 'he' || m === 'she'
      ? (s: string) =>
          (knownPerson(s) || (isPerson(s) && (/\s/.test(s) || !!fullestName(names, s)))) && !knownOther(s)
      : (s: string) => isGroupOrOrg(s) && !knownPerson(s);
  // "The companies feel otherwise. They say …": the group or organisation the entity layer joins the pronoun to
  if (m === 'it' || m === 'they') {
    const mention = entities.mentions.find((x) => x.start === quote.mention?.start && x.kind === 'pronoun');
    const e = mention?.entity ? entities.entities.find((x) => x.id === mention.entity) : undefined;
    // a noun phrase, not a clause the entity layer took for one ("the law would favour large firms")
    const phrase = (n: string) =>
      n.split(/\s+/).length <= 6 &&
      !/\b(?:would|will|could|should|can|may|is|are|was|were|has|have|had|did|does)\b/i.test(n);
    if (
      e &&
      e.kind !== 'person' &&
      e.kind !== 'pronoun' &&
      !PRONOUNS.has(e.name.toLowerCase()) &&
      phrase(e.name)
    )
      return {
        speaker:
          e.kind === 'descriptor' || e.kind === 'group'
            ? e.name.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())
            : e.name,
        rule: 'speaker/pronoun-entity',
      };
  }
  // "it said": the organisation the story is about
  if (m === 'it') {
    const org = mostSalientOrganisation(names, text, quote.start, 2);
    if (org) return { speaker: org, rule: 'speaker/pronoun-most-salient-organisation' };
  }
  // a person who became the subject of the narration after the previous quote: "Mr Lee was freed. He said …"
  if (m === 'he' || m === 'she') {
    const prevEnd = previous[previous.length - 1]?.end ?? 0;
    const subject = narrationSubject(text, seg, names, prevEnd, quote.mention?.start ?? quote.start, 4);
    const full = subject ? (fullestName(names, subject) ?? subject) : null;
    // "Electronic Arts topped the chart": an organisation the entity layer knows is no "he"
    const organisation = (n: string) => known.organisations.has(n);
    if (full && fitsGender(m, full) && !organisation(full))
      return { speaker: full, rule: 'speaker/pronoun-narration-subject' };
  }
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p?.speaker) continue;
    if (here - paragraphOf(seg, p.start) > 5) break;
    // a one-word speaker already taken for a person ("DiCaprio" as a narration subject) stays one
    const taken = /^speaker\/(?:pronoun|role|entity-name|sentence-subject)/.test(p.speakerRule ?? '');
    if (
      (fits(p.speaker) || (taken && (m === 'he' || m === 'she'))) &&
      fitsGender(m, p.speaker, p.mention?.text ?? '')
    )
      return { speaker: p.speaker, rule: 'speaker/pronoun-previous-speaker' };
    // "…," said one arbitrageur. "…," he added.: an unnamed person who spoke just before
    if (
      (m === 'he' || m === 'she') &&
      i === previous.length - 1 &&
      here - paragraphOf(seg, p.start) <= 1 &&
      isPersonDescriptor(p.speaker) &&
      fitsGender(m, p.speaker)
    )
      return { speaker: p.speaker, rule: 'speaker/pronoun-previous-unnamed' };
  }
  if (m === 'he' || m === 'she') {
    const before = names.persons
      .filter((n) => n.start < quote.start)
      .map((n) => fullestName(names, n.name) ?? n.name)
      .filter((n) => fitsGender(m, n));
    const last = before[before.length - 1];
    if (last) return { speaker: last, rule: 'speaker/pronoun-nearest-name' };
  }
  if (m === 'it') {
    const orgs = names.organisations.filter((o) => o.start < quote.start);
    const last = orgs[orgs.length - 1];
    if (last) return { speaker: last.name, rule: 'speaker/pronoun-nearest-organisation' };
  }
  return null;
};
