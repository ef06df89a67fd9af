// A speaker's page: aliases, counts, a chart of quotes over time (bars link to those quotes), recent quotes.
import { getJson } from '../lib/api.js';
import { barChart, fillPeriods } from '../lib/bar-chart.js';
import { h, link } from '../lib/dom.js';
import { formatDate } from '../lib/format.js';
import { message, quoteCard } from '../lib/quote-card.js';

export async function renderSpeaker(id) {
  const [{ speaker }, recent] = await Promise.all([
    getJson(`/api/speakers/${encodeURIComponent(id)}`),
    getJson('/api/quotes', { speakerId: id, limit: 20 }),
  ]);
  document.title = `${speaker.name} · onrecord`;
  const bars = fillPeriods(speaker.timeline ?? []);
  const aliases = (speaker.aliases ?? []).filter((a) => a !== speaker.name);
  return h(
    'section',
    { class: 'page speaker-page' },
    h('p', { class: 'crumbs' }, h('a', { href: '/search' }, 'Search'), ' › speaker'),
    h('h1', {}, speaker.name),
    aliases.length
      ? h(
          'p',
          { class: 'aliases' },
          'Also written as ',
          aliases.map((a, i) => [i ? ', ' : '', h('q', {}, a)]),
        )
      : null,
    h(
      'dl',
      { class: 'stats' },
      stat('Quotes', String(speaker.quoteCount)),
      stat('Articles', String(speaker.articleCount)),
      stat('First', formatDate(speaker.first)),
      stat('Last', formatDate(speaker.last)),
    ),
    h(
      'figure',
      { class: 'chart' },
      h('figcaption', {}, 'Quotes over time', h('span', { class: 'hint' }, ' — click a bar for its quotes')),
      bars.length
        ? h(
            'div',
            { class: 'chart-scroll' },
            barChart(bars, (period) => link('/search', { speakerId: speaker.id, from: period, to: period }), {
              label: `Quotes by ${speaker.name} over time`,
            }),
          )
        : message('empty', 'No dated quotes to chart.'),
    ),
    h(
      'h2',
      {},
      `Quotes (${recent.quotes.length} of ${recent.total})`,
      recent.total > recent.quotes.length
        ? [' · ', h('a', { href: link('/search', { speakerId: speaker.id }) }, 'all')]
        : null,
    ),
    h('ol', { class: 'quote-list' }, recent.quotes.map(quoteCard)),
  );
}

function stat(label, value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}
