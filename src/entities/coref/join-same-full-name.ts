import { genderOfFirstName } from '../data/first-name-gender.js';
import type { FoundMention } from '../mentions/mention-context.js';
import { type CorefRule, type Draft, persons } from './coref-draft.js';
import { isRegnalDraft } from './join-regnal-name.js';

// "Vladimir Putin" … "Vladimir Putin"; "Bill Clinton" never joins "Hillary Clinton";
// "El Guerrouj" after "Hicham El Guerrouj" is the surname with its particle
export const joinSameFullName: CorefRule = (m, s) => {
  const p = m.person;
  if (!p?.first || m.kind !== 'person') return null;
  const first = p.first;
  const surname = `${first} ${p.last}`;
  const people = persons(s);
  const withParticle = people.find((d) => d.last === surname);
  if (withParticle) return { draft: withParticle, rule: 'entities/surname-with-particle' };
  // "King Hussein" … "Saddam Hussein": a king's one name is not the surname of a later full name
  const draft = people.find(
    (d) =>
      d.last === p.last &&
      (d.first === first ||
        (d.first !== null && isInitialOf(first, d.first)) ||
        (d.first === null && !isRegnalDraft(d))),
  );
  if (draft) return { draft, rule: 'entities/same-person-name' };
  const compound = compoundSurnameDraft(people, m, p.words.slice(Math.max(0, p.words.indexOf(first))));
  if (compound) return { draft: compound, rule: 'entities/compound-surname' };
  return { create: true, rule: m.rule };
};

// "Febres Cordero", "Mrs Parker Bowles" after "Leon Febres Cordero", "Camilla Parker Bowles": the last words of
// one longer name that opens with a first name; "Leon Febres Cordero" after "Febres Cordero": the longer name of
// one shorter. The shorter opens with no first name, or follows an honorific ("Nicola Sturgeon" is no surname of
// "Scotland Nicola Sturgeon" in "First Minister of Scotland Nicola Sturgeon")
function compoundSurnameDraft(people: Draft[], m: FoundMention, words: string[]): Draft | null {
  const found = people.filter((d) => {
    const mentionShorter = words.length < d.nameWords.length;
    const shorter = mentionShorter ? words : d.nameWords;
    const longer = mentionShorter ? d.nameWords : words;
    if (shorter.length < 2 || longer.length === shorter.length || genderOfFirstName(longer[0] ?? '') === null)
      return false;
    if (!longer.slice(longer.length - shorter.length).every((w, i) => w === shorter[i])) return false;
    const honorific = mentionShorter
      ? honorificBefore(m.text, shorter)
      : d.found.some((f) => honorificBefore(f.text, shorter));
    return genderOfFirstName(shorter[0] ?? '') === null || honorific;
  });
  return found.length === 1 ? (found[0] as Draft) : null;
}

const HONORIFIC = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lady', 'Lord']);

/** "Mrs Parker Bowles", "sensitive issue because Mrs Parker Bowles": an honorific right before the name. */
function honorificBefore(written: string, name: string[]): boolean {
  const words = written.split(/\s+/);
  const at = words.length - name.length - 1;
  return at >= 0 && HONORIFIC.has((words[at] ?? '').replace(/\.$/, ''));
}

const isInitialOf = (a: string, b: string) =>
  (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
