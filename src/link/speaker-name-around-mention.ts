import type { EntityLayer } from '../entities/find-entities.js';
import type { Span } from '../types.js';

/**
 * The name the entities stage read around a one-word mention that lost its first word: "Street" in
 * "Downing Street has confirmed …" (the quote finder took "Downing" for a verb) → "Downing Street". Only
 * a name ending in the mention's word, whose span ends where the mention ends; null otherwise.
 */
export function nameAroundMention(
  speaker: string,
  mention: (Span & { text: string }) | null | undefined,
  entities: EntityLayer,
): string | null {
  if (!mention || mention.text !== speaker || /\s/.test(speaker) || !/^\p{Lu}/u.test(speaker)) return null;
  const around = entities.mentions.find(
    (m) => m.start < mention.start && m.end === mention.end && m.entity !== null && /\s/.test(m.text),
  );
  if (!around?.text.endsWith(` ${speaker}`)) return null;
  const entity = entities.entities.find((e) => e.id === around.entity);
  if (!entity || entity.kind === 'pronoun' || entity.kind === 'descriptor' || entity.kind === 'group')
    return null;
  return entity.name.endsWith(` ${speaker}`) ? entity.name : null;
}
