// The search page: filters (q, speaker, outlet, type, from/to) → quotes, with speakers matching the words.
import { getJson } from '../lib/api.js';
import { h, idPath, link } from '../lib/dom.js';
import { plural } from '../lib/format.js';
import { navigate } from '../lib/navigate.js';
import { message, quoteCard } from '../lib/quote-card.js';

const FIELDS = ['q', 'speaker', 'speakerId', 'outlet', 'type', 'from', 'to'];
const PAGE = 25;

export async function renderSearch(params) {
  const filters = {};
  for (const f of FIELDS) {
    const v = params.get(f);
    if (v) filters[f] = v;
  }
  // ?limit=N sets the page size (the API bounds it); the form does not show it.
  const size = Math.min(200, Math.max(1, Number.parseInt(params.get('limit') ?? '', 10) || PAGE));
  const page = h('section', { class: 'page search-page' });
  document.title = 'Search quotes · onrecord';
  page.append(h('h1', { class: 'visually-hidden' }, 'Search quotes'), searchForm(filters));

  const [result, speakers] = await Promise.all([
    getJson('/api/quotes', { ...filters, limit: size }).catch((err) => err),
    getJson('/api/speakers', { q: filters.speaker || filters.q, limit: 8 }).catch(() => null),
  ]);
  if (speakers?.speakers?.length)
    page.append(speakerStrip(speakers.speakers, Boolean(filters.speaker || filters.q)));
  if (result instanceof Error) {
    page.append(message('error', result.message));
    return page;
  }
  const described = describeFilters(filters);
  page.append(
    h('h2', { class: 'result-count' }, `${plural(result.total, 'quote')}${described ? ` ${described}` : ''}`),
  );
  if (result.total === 0) {
    page.append(
      message('empty', 'Nothing on record for these filters. Try fewer words or a wider date range.'),
    );
    return page;
  }
  const list = h('ol', { class: 'quote-list' });
  for (const q of result.quotes) list.append(quoteCard(q));
  page.append(list);
  if (result.next) page.append(moreButton(list, filters, result.next, size));
  return page;
}

function searchForm(filters) {
  const field = (name, label, attrs = {}) =>
    h(
      'label',
      { class: `field field-${name}` },
      h('span', {}, label),
      h('input', { name, value: filters[name] ?? '', ...attrs }),
    );
  const type = h(
    'select',
    { name: 'type' },
    ...[
      ['', 'any'],
      ['direct', 'direct'],
      ['indirect', 'reported'],
      ['belief', 'belief'],
    ].map(([value, label]) => h('option', { value, selected: (filters.type ?? '') === value }, label)),
  );
  const datePattern = '\\d{4}(-\\d{2}(-\\d{2})?)?';
  const form = h(
    'form',
    { class: 'search-form', action: '/search', method: 'get', role: 'search' },
    field('q', 'Words', { type: 'search', placeholder: 'hackers, sanctions…', autofocus: !filters.q }),
    field('speaker', 'Speaker', { placeholder: 'name or alias' }),
    field('outlet', 'Outlet', { placeholder: 'e.g. TASS' }),
    h('label', { class: 'field field-type' }, h('span', {}, 'Type'), type),
    field('from', 'From', { placeholder: 'YYYY-MM-DD', pattern: datePattern, inputmode: 'numeric' }),
    field('to', 'To', { placeholder: 'YYYY-MM-DD', pattern: datePattern, inputmode: 'numeric' }),
    filters.speakerId ? h('input', { type: 'hidden', name: 'speakerId', value: filters.speakerId }) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit' }, 'Search'),
      h('a', { class: 'reset', href: '/search' }, 'Clear'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const [k, v] of data.entries()) if (String(v).trim()) next[k] = String(v).trim();
    navigate(link('/search', next));
  });
  return form;
}

function speakerStrip(speakers, matched) {
  return h(
    'nav',
    { class: 'speaker-strip', 'aria-label': 'Speakers' },
    h('span', { class: 'strip-label' }, matched ? 'Speakers matching:' : 'Most quoted:'),
    ...speakers.map((sp) =>
      h(
        'a',
        { class: 'chip', href: idPath('speakers', sp.id) },
        sp.name,
        h('span', { class: 'count' }, String(sp.quoteCount)),
      ),
    ),
  );
}

function describeFilters(f) {
  const parts = [];
  if (f.q) parts.push(`matching “${f.q}”`);
  if (f.speaker) parts.push(`by ${f.speaker}`);
  if (f.speakerId && !f.speaker) parts.push('by this speaker');
  if (f.outlet) parts.push(`in ${f.outlet}`);
  if (f.type) parts.push(`(${f.type})`);
  if (f.from || f.to)
    parts.push(`${f.from ? `from ${f.from}` : ''}${f.from && f.to ? ' ' : ''}${f.to ? `to ${f.to}` : ''}`);
  return parts.join(' ');
}

function moreButton(list, filters, next, size) {
  let cursor = next;
  const button = h('button', { class: 'more', type: 'button' }, 'More quotes');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const page = await getJson('/api/quotes', { ...filters, limit: size, cursor });
      for (const q of page.quotes) list.append(quoteCard(q));
      cursor = page.next;
      if (cursor) button.disabled = false;
      else button.remove();
    } catch (err) {
      button.replaceWith(message('error', err.message));
    }
  });
  return button;
}
