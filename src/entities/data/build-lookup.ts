// A table written as an object literal, read through a Map: `table[word]` on a plain object costs a string-table
// probe for every word it does not hold (most words), a Map lookup does not. The Map answers exactly as the
// object does, inherited members included (`table['constructor']` is Object's constructor, so it is here too).

export interface Lookup<V> {
  /** `table[key]`. */
  get(key: string): V | undefined;
  /** `key in table`. */
  has(key: string): boolean;
}

/** The object's answers, own and inherited, in a Map (the table must not change afterwards). */
export function buildLookup<V>(table: Readonly<Record<string, V>>): Lookup<V> {
  const map = new Map<string, V>();
  for (let proto = Object.getPrototypeOf(table) as object | null; proto; proto = Object.getPrototypeOf(proto))
    for (const key of Object.getOwnPropertyNames(proto)) if (!map.has(key)) map.set(key, (table as Record<string, V>)[key] as V);
  for (const key of Object.keys(table)) map.set(key, table[key] as V);
  return map;
}
