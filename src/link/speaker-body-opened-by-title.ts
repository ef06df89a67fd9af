import type { EntityLayer } from '../entities/find-entities.js';

// title words that also open the names of places and bodies ("New Tarn", "General Ovens", "Southern Tarn Power");
// a person's title or party ("President", "Republican", "Secretary-General") is not one
const OPENS_BODIES = new Set([
  // ("The New Tarn Stock Exchange": the article opening the run goes with it)
  'the',
  'new',
  'general',
  'gen',
  'southern',
  'northern',
  'eastern',
  'western',
  'central',
]);

/** "The New Tarn Stock Exchange said …", "General Ovens said …" after "General Ovens Co": a word that is also a title
 * ("New", "General") opens the name of a body the entity layer names so; stripped as a title it would leave a wrong
 * name ("Tarn Stock Exchange", "Ovens"). Not "General Ann Vell said" (a person), nor a body that only ends the run
 * ("Acme Corp President Ann Lee"). */
export function bodyOpenedByTitle(
  whole: string,
  name: string,
  stripped: string[],
  entities: EntityLayer,
): string | null {
  const run = whole.replace(/^(?:The|the)\s+/, '');
  if (run === name || !run.endsWith(` ${name}`) || !stripped.every((w) => OPENS_BODIES.has(w))) return null;
  let body: string | null = null;
  for (const e of entities.entities) {
    if (e.kind === 'person' && (e.name === name || e.name.endsWith(` ${name}`))) return null;
    if (e.kind !== 'organization' && e.kind !== 'other') continue;
    if (e.name === run || e.name.startsWith(`${run} `) || e.aliases.includes(run)) body ??= run;
  }
  return body;
}
