// A quote cluster: one utterance's reports across outlets over time, the first report marked, copies told apart.
import { getJson } from '../lib/api.js';
import { h, idPath } from '../lib/dom.js';
import { formatDate, plural, TYPE_LABEL } from '../lib/format.js';
import { message, quoteAnchor, speakerLink } from '../lib/quote-card.js';
import { spreadChart } from '../lib/spread-chart.js';

export async function renderCluster(id) {
  const { cluster } = await getJson(`/api/clusters/${encodeURIComponent(id)}`);
  document.title = 'Quote cluster · onrecord';
  const first = cluster.first;
  const chart = spreadChart(cluster);
  const copies = cluster.reports.filter((r) => r.copyOf).length;
  return h(
    'section',
    { class: 'page cluster-page' },
    h('p', { class: 'crumbs' }, h('a', { href: '/search' }, 'Search'), ' › quote cluster'),
    h('blockquote', { class: 'cluster-words' }, `“${cluster.content}”`),
    h(
      'p',
      { class: 'meta' },
      speakerLink(cluster.speaker, cluster.speakerId),
      h(
        'span',
        {},
        `${plural(cluster.reports.length, 'report')} in ${plural(cluster.outlets.length, 'outlet')}`,
        copies ? ` (${plural(copies, 'copy', 'copies')})` : '',
      ),
    ),
    first
      ? h(
          'p',
          { class: 'first-report' },
          h('strong', {}, 'First reported'),
          ' by ',
          h(
            'a',
            { href: `${idPath('articles', first.article)}#${quoteAnchor(first.quoteId)}` },
            first.outlet ?? 'an unknown outlet',
          ),
          ` on ${formatDate(first.published)}`,
          cluster.firstReportTies
            ? h(
                'span',
                { class: 'tie' },
                ` — tied with ${plural(cluster.firstReportTies, 'other report')} the same day`,
              )
            : null,
        )
      : message('empty', 'No report is dated, so the first report is unknown.'),
    h(
      'figure',
      { class: 'chart' },
      h('figcaption', {}, 'Spread across outlets over time'),
      chart ?? message('empty', 'No dated reports to chart.'),
    ),
    h('h2', {}, 'Reports, in publication order'),
    h(
      'ol',
      { class: 'report-list' },
      cluster.reports.map((r) => reportItem(r, cluster)),
    ),
    cluster.variants?.length > 1
      ? [
          h('h2', {}, 'Wordings'),
          h(
            'ul',
            { class: 'variants' },
            cluster.variants.map((v) =>
              h(
                'li',
                {},
                h('q', {}, v.text),
                ` — ${plural(v.reports, 'report')}, ${plural(v.outlets, 'outlet')}`,
              ),
            ),
          ),
        ]
      : null,
    cluster.alsoAttributedTo?.length
      ? [
          h('h2', {}, 'Same words attributed to'),
          h(
            'ul',
            { class: 'also' },
            cluster.alsoAttributedTo.map((o) =>
              h('li', {}, h('a', { href: idPath('clusters', o.clusterId) }, o.speaker)),
            ),
          ),
        ]
      : null,
  );
}

function reportItem(r, cluster) {
  return h(
    'li',
    { class: r.first ? 'report-item first' : 'report-item' },
    h('span', { class: 'published' }, formatDate(r.published)),
    h('span', { class: 'outlet' }, r.outlet ?? 'unknown outlet'),
    r.first ? h('span', { class: 'badge badge-first' }, 'first report') : null,
    r.copyOf ? h('span', { class: 'badge badge-copy' }, 'copy') : null,
    h(
      'a',
      { class: 'article-link', href: `${idPath('articles', r.article)}#${quoteAnchor(r.quoteId)}` },
      r.title || r.article,
    ),
    h('span', { class: `badge badge-${r.type}` }, TYPE_LABEL[r.type] ?? r.type),
    r.copyOf
      ? h('span', { class: 'copy-of' }, 'copy of ', h('a', { href: idPath('articles', r.copyOf) }, r.copyOf))
      : null,
    r.content !== cluster.content ? h('q', { class: 'variant' }, r.content) : null,
  );
}
