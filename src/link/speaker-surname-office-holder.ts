import { justNamed } from '../entities/coref/join-surname.js';
import type { EntityLayer } from '../entities/find-entities.js';
import { surnameOf } from './speaker-entity-names.js';
import { fullestName, stripTitles } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// offices that make their holder the one a bare surname means among namesakes
const HIGH_OFFICE = new Set([
  'president',
  'premier',
  'chancellor',
  'king',
  'queen',
  'pope',
  'governor',
  'senator',
]);
const PAST_OR_LOWER = /\b(?:former|ex|late|vice|deputy|acting|then)\b[^.]*$/i;
// "his son", "Vell's daughter,", "the president's wife": a relative named next
const KIN_BEFORE =
  /\b(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|son-in-law|daughter-in-law)['’]?,?\s+$/i;
const BARE_SURNAME = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;

// person entities of a full name by surname, once per entity layer (asked for every bare surname)
const BEARERS = new WeakMap<EntityLayer, Map<string, string[]>>();
function bearersOf(layer: EntityLayer): Map<string, string[]> {
  let by = BEARERS.get(layer);
  if (!by) {
    by = new Map();
    for (const e of layer.entities) {
      if (e.kind !== 'person') continue;
      const name = stripTitles(e.name).name;
      if (!/\s/.test(name)) continue;
      const key = surnameOf(name);
      by.set(key, [...(by.get(key) ?? []), name]);
    }
    BEARERS.set(layer, by);
  }
  return by;
}

// "President Dan Vell met … His son Eric Vell said …. Eric Vell said …. ¶ <sentences> ¶ Vell tweeted …" → Dan
// Vell: a bare surname that namesakes share is the one the text gives a high office, not the one it names more
// often, when the others are kin the text introduces so and were not named in this sentence or the one before
// (not "former President Bill Vell" and "Hillary Vell", "Jeb Vell" and "former President George Vell").
export const speakerSurnameOfficeHolder: SpeakerRule = ({ quote, text, names, entities, previous }) => {
  const m = quote.mention;
  if (!m || !BARE_SURNAME.test(m.text)) return null;
  const bearers = bearersOf(entities).get(m.text) ?? [];
  if (bearers.length < 2) return null;
  // the bearers given a high office before the mention, by their fullest names
  const holders = new Set<string>();
  const lastSeen = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const p of names.persons) {
    if (p.start >= m.start) break;
    const full = fullestName(names, p.name) ?? p.name;
    if (surnameOf(full) !== m.text || !/\s/.test(full)) continue;
    if (!lastSeen.has(full)) firstSeen.set(full, p.start);
    lastSeen.set(full, p.start + p.name.length);
    // (a sitting holder: not "former President Ann Vell", "Vice President Tom Vell")
    if (
      p.roles.some((r) => HIGH_OFFICE.has(r)) &&
      !PAST_OR_LOWER.test(text.slice(Math.max(0, p.start - 30), p.start))
    )
      holders.add(full);
  }
  if (holders.size !== 1) return null;
  const holder = [...holders][0] ?? '';
  // the namesakes are the holder's kin, introduced so ("his son Eric Vell"), not rivals of their own standing
  for (const [other, start] of firstSeen)
    if (other !== holder && !KIN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
  for (const [other, end] of lastSeen) if (other !== holder && justNamed(text, end, m.start)) return null;
  // ('Eric Vell said: "…. …." ¶ Vell added …': a namesake who spoke just before goes on)
  const last = previous[previous.length - 1];
  if (
    last?.speaker &&
    last.speaker !== holder &&
    lastSeen.has(last.speaker) &&
    (justNamed(text, last.end, m.start) || /^(?:added|adds|continued|went on)$/.test(quote.cue?.text ?? ''))
  )
    return null;
  if (!bearers.includes(holder)) return null;
  return { speaker: holder, rule: 'speaker/surname-office-holder' };
};
