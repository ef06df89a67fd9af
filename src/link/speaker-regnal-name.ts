import { isRegnalMention } from '../entities/coref/join-regnal-name.js';
import type { EntityLayer } from '../entities/find-entities.js';
import type { Entity } from '../types.js';
import { entityOf, personMentionsIn } from './speaker-entity-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "Iraq's Saddam Hussein … King Hussein of Jordan … Hussein said": a person the entity layer knows only by title and
// one name is named so ("King Hussein"), not by the fullest name sharing that word ("Saddam Hussein")
// ("King Halim of Ostrava said": the realm after "of" is part of the mention; not "King Halim's envoy")
export const speakerRegnalName: SpeakerRule = ({ quote, entities, text }) => {
  const m = quote.mention;
  if (!m || !hasRegnalPerson(entities)) return null;
  // "… Hussein said. He told reporters …": a "he" the entity layer joined to him too
  const pronoun = /^(?:he|she)$/i.test(m.text)
    ? entities.mentions.find((x) => x.start === m.start && x.kind === 'pronoun')
    : undefined;
  const head =
    pronoun ??
    personMentionsIn(entities, m).find((h) =>
      /^(?:\s+of\s+\p{Lu}[\p{L}\s]*)?$/u.test(text.slice(h.end, m.end)),
    );
  if (!head) return null;
  const e = entityOf(entities, head);
  if (e?.kind !== 'person' || /\s/.test(e.name)) return null;
  const regnal = regnalNameOf(e);
  if (!regnal) return null;
  // "Ostrava's King Halim" → "King Halim"
  const speaker = regnal.replace(
    /^.*?(?=\b(?:Crown Prince|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh|Pope)\s)/u,
    '',
  );
  return { speaker, rule: 'speaker/regnal-name' };
};

/** The regnal title and name a one-word person entity is known by ("King Hussein" of "Hussein"), if any. */
function regnalNameOf(e: Entity): string | undefined {
  return [e.name, ...e.aliases].find((a) => isRegnalMention(a) && a.endsWith(e.name));
}

/** True when some person entity of one word is known by a regnal title and name: else the rule never applies, and
 * its mention look-ups for every quote are not made (asked once per article). */
function hasRegnalPerson(entities: EntityLayer): boolean {
  let has = HAS_REGNAL.get(entities);
  if (has === undefined) {
    has = entities.entities.some(
      (e) => e.kind === 'person' && !/\s/.test(e.name) && regnalNameOf(e) !== undefined,
    );
    HAS_REGNAL.set(entities, has);
  }
  return has;
}
const HAS_REGNAL = new WeakMap<EntityLayer, boolean>();
