// <script type="application/ld+json"> blocks → their objects, @graph and arrays flattened; broken JSON skipped.

export type JsonLdObject = Record<string, unknown>;

export function jsonLdObjects(doc: Document): JsonLdObject[] {
  const out: JsonLdObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').toLowerCase().trim() !== 'application/ld+json') continue;
    try {
      collect(JSON.parse(script.textContent ?? ''), out, 0);
    } catch {
      // a page's broken JSON-LD is not the reader's error: other rules still apply
    }
  }
  return out;
}

function collect(value: unknown, out: JsonLdObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const object = value as JsonLdObject;
  out.push(object);
  if (object['@graph']) collect(object['@graph'], out, depth + 1);
}

/** A string field, or the `name` of an object field ({"publisher": {"name": "Harbor Times"}}). */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return jsonLdText(value[0]);
  if (value && typeof value === 'object') return jsonLdText((value as JsonLdObject).name);
  return null;
}
