// The words of a user's `q`: quoted phrases stay phrases, other words are ANDed. Each store turns them into
// its own full-text syntax, so no user input is ever parsed as query operators.

/** `"hackers can be" anywhere` → ['hackers can be', 'anywhere']. */
export function splitSearchTerms(q: string): string[] {
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const raw = (m[1] ?? m[2] ?? '').replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ').trim();
    if (!raw) continue;
    if (m[1] !== undefined) terms.push(raw.replace(/\s+/g, ' '));
    else terms.push(...raw.split(/\s+/));
  }
  return terms;
}

/** FTS5: every term a string literal (`"term"`), implicitly ANDed. */
export function toFts5Query(q: string): string | null {
  const terms = splitSearchTerms(q);
  return terms.length ? terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ') : null;
}

/** PostgreSQL `websearch_to_tsquery` input: every term quoted, so `or` and `-word` stay words. */
export function toWebSearchQuery(q: string): string | null {
  const terms = splitSearchTerms(q);
  return terms.length ? terms.map((t) => `"${t}"`).join(' ') : null;
}
