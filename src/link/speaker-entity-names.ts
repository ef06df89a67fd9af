import type { EntityLayer } from '../entities/find-entities.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import type { Entity, Mention, Span } from '../types.js';
import { memoByString } from './speaker-names.js';

const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** A person's name as people write it: two to five capitalised words ("Louis Gerstner Jr.", "Abdel Fattah el-Sisi"). */
export const isPersonName = memoByString((name: string): boolean => {
  const w = words(name);
  return (
    w.length >= 2 &&
    w.length <= 5 &&
    /^\p{Lu}/u.test(w[0] ?? '') &&
    w.every((x) =>
      /^(?:\p{Lu}|(?:de|dela|van|von|der|den|bin|ibn|al|el|da|dos|das|du|del|di|la|le)\b)/u.test(x),
    )
  );
});

/** The person mentions of the entity layer inside a span, in text order. */
export function personMentionsIn(layer: EntityLayer, span: Span): Mention[] {
  const { byStart, position } = personIndexOf(layer);
  const out: Mention[] = [];
  for (
    let k = firstStartingAt(byStart, span.start);
    k < byStart.length && (byStart[k]?.start ?? 0) <= span.end;
    k++
  ) {
    const m = byStart[k];
    if (m && m.end <= span.end) out.push(m);
  }
  // in the layer's own order, as a filter over it gave
  return out.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

// per entity layer: its person mentions by start, and entities by id (asked once per quote, a scan of the whole
// layer each time was quadratic in a long article)
const PERSON_INDEX = new WeakMap<EntityLayer, { byStart: Mention[]; position: Map<Mention, number> }>();
const ENTITY_BY_ID = new WeakMap<EntityLayer, Map<string, Entity>>();

function personIndexOf(layer: EntityLayer): { byStart: Mention[]; position: Map<Mention, number> } {
  let index = PERSON_INDEX.get(layer);
  if (!index) {
    const persons = layer.mentions.filter((m) => m.kind === 'person');
    index = {
      byStart: [...persons].sort((a, b) => a.start - b.start),
      position: new Map(persons.map((m, i) => [m, i])),
    };
    PERSON_INDEX.set(layer, index);
  }
  return index;
}

export function entityOf(layer: EntityLayer, mention: Mention): Entity | null {
  if (!mention.entity) return null;
  let byId = ENTITY_BY_ID.get(layer);
  if (!byId) {
    byId = new Map();
    // the first entity of each id, as find() gave
    for (const e of layer.entities) if (!byId.has(e.id)) byId.set(e.id, e);
    ENTITY_BY_ID.set(layer, byId);
  }
  return byId.get(mention.entity) ?? null;
}

/** The surname of a name, suffixes left off ("Louis Gerstner Jr." → "Gerstner"). */
export function surnameOf(name: string): string {
  const w = words(name).filter((x) => !SUFFIX.test(x));
  return w[w.length - 1] ?? name;
}

// the person entities with a person's name, once per entity layer (every quote's speaker is looked up in them)
const peopleLists = new WeakMap<Entity[], { length: number; people: Entity[] }>();
function peopleOf(layer: EntityLayer): Entity[] {
  const known = peopleLists.get(layer.entities);
  if (known && known.length === layer.entities.length) return known.people;
  const people = layer.entities.filter((e) => e.kind === 'person' && isPersonName(e.name));
  peopleLists.set(layer.entities, { length: layer.entities.length, people });
  return people;
}

/**
 * The one person entity a speaker string stands for, by alias ("Baron Kinnock" → Neil Kinnock) or by surname
 * ("Gerstner" → Louis Gerstner Jr.); null when none or more than one fits.
 */
export function personEntityFor(layer: EntityLayer, speaker: string, text = ''): Entity | null {
  // asked for every quote's speaker: each speaker looked up once per entity layer and text
  let memo = PERSON_ENTITIES.get(layer);
  if (!memo || memo.length !== layer.entities.length || memo.text !== text) {
    memo = { length: layer.entities.length, text, found: new Map() };
    PERSON_ENTITIES.set(layer, memo);
  }
  const known = memo.found.get(speaker);
  if (known !== undefined) return known;
  const found = personEntityOf(layer, speaker, text);
  memo.found.set(speaker, found);
  return found;
}

const PERSON_ENTITIES = new WeakMap<
  EntityLayer,
  { length: number; text: string; found: Map<string, Entity | null> }
>();

function personEntityOf(layer: EntityLayer, speaker: string, text: string): Entity | null {
  const people = peopleOf(layer);
  const byAlias = people.filter((e) => e.name === speaker || e.aliases.includes(speaker));
  if (byAlias.length === 1) return byAlias[0] ?? null;
  if (byAlias.length > 1) return null;
  const sw = words(speaker).filter((x) => !SUFFIX.test(x));
  if (sw.length === 0) return null;
  // "Canada" is a country even when "Environment Canada" was taken for a person
  if (layer.entities.some((e) => e.kind !== 'person' && (e.name === speaker || e.aliases.includes(speaker))))
    return null;
  // "De Blasio" (opening a sentence) is Bill de Blasio: particles compared in lower case
  const lower = sw.map((x) => x.toLowerCase());
  const fits = people.filter((e) => {
    const ew = words(e.name)
      .filter((x) => !SUFFIX.test(x))
      .map((x) => x.toLowerCase());
    return (
      surnameOf(e.name).toLowerCase() === surnameOf(speaker).toLowerCase() &&
      lower.every((x) => ew.includes(x))
    );
  });
  if (fits.length === 1) return fits[0] ?? null;
  if (fits.length > 1) return null;
  // "Mogul Wilson backing UK band" (a headline): where the text writes the speaker, the entity layer may read
  // only "Wilson" as the name, of Tony Wilson
  const at = text.indexOf(speaker);
  if (at < 0) return null;
  const inside = personMentionsIn(layer, { start: at, end: at + speaker.length })
    .map((m) => entityOf(layer, m))
    .filter((e): e is Entity => !!e && people.includes(e) && surnameOf(e.name) === surnameOf(speaker));
  return inside.length === 1 ? (inside[0] ?? null) : null;
}
