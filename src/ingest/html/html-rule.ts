import type { RuleName } from '../../types.js';

/** A metadata rule: reads one field of a page, or returns null when the page lacks what it looks for. */
export type HtmlRule = (doc: Document) => { value: string; rule: RuleName } | null;

/** The `content` of the first `<meta>` whose name, property or itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content')?.trim();
    if (key && content && wanted.has(key.toLowerCase())) return content;
  }
  return null;
}
