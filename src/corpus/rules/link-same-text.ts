// "Hackers can be anywhere." and "hackers can be anywhere": equal after normalization.
export function linkSameText(a: readonly string[], b: readonly string[]): string | null {
  return a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]) ? 'cluster/same-text' : null;
}
