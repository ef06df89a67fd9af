// Building DOM without markup strings: every piece of data goes in as a text node or an attribute value.
// No markup strings are ever parsed — a quote holding "<script>" must show as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** h('a', { href: '/x', class: 'link' }, 'text', child) → element; strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** Same as h() in the SVG namespace. */
export function s(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
      continue;
    }
    if (name === 'href') {
      el.setAttribute('href', safeHref(String(value)));
      continue;
    }
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Internal paths and http(s) links only: a "javascript:" url from an article becomes "#". */
export function safeHref(value) {
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  if (value.startsWith('#') || value.startsWith('?')) return value;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** "/search?speaker=Putin&type=direct" from a path and a params object (empty values dropped). */
export function link(path, params = {}) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export function idPath(kind, id) {
  return `/${kind}/${encodeURIComponent(id)}`;
}
