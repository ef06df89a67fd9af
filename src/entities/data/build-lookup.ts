// A table written as an object literal, read through a Map: `table[word]` on a plain object costs a string-table
// probe for every word it does not hold (most words), a Map lookup does not. Only the table's own entries count:
// reading the object itself also answered for members every object inherits, so "constructor" was a title word,
// a role noun, a determiner and a pronoun.

export interface Lookup<V> {
  /** The table's own entry for the key. */
  get(key: string): V | undefined;
  /** True when the table has its own entry for the key. */
  has(key: string): boolean;
}

/** The table's own entries in a Map (the table must not change afterwards). */
export function buildLookup<V>(table: Readonly<Record<string, V>>): Lookup<V> {
  return new Map(Object.entries(table));
}
