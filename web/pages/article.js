// An article: its text with quotes highlighted by speaker (a colour each), cues underlined, spin marked; its quotes
// listed; and its provenance (copy of, sources it was stitched from, alias substitutions).
import { getJson } from '../lib/api.js';
import { h, idPath, link } from '../lib/dom.js';
import { formatDate, plural, speakerPalette, TYPE_LABEL } from '../lib/format.js';
import { cutRuns } from '../lib/highlight.js';
import { message, quoteAnchor, speakerLink } from '../lib/quote-card.js';

export async function renderArticle(id) {
  const view = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const { article, text, quotes } = view;
  document.title = `${article.title || article.id} · onrecord`;
  const colour = speakerPalette();
  for (const q of quotes) colour(speakerKey(q));

  return h(
    'section',
    { class: 'page article-page' },
    h('p', { class: 'crumbs' }, h('a', { href: '/search' }, 'Search'), ' › article'),
    h('h1', {}, article.title || article.id),
    h(
      'p',
      { class: 'byline' },
      article.source
        ? h('a', { class: 'outlet', href: link('/search', { outlet: article.source }) }, article.source)
        : h('span', { class: 'outlet unknown' }, 'unknown outlet'),
      h('span', { class: 'published' }, formatDate(article.date)),
      article.url
        ? h(
            'a',
            {
              class: 'original',
              href: article.url,
              rel: 'noopener noreferrer',
              target: '_blank',
              'data-external': true,
            },
            'original ↗',
          )
        : null,
    ),
    legend(quotes, colour),
    h('div', { class: 'article-layout' }, articleText(text, view, colour), sidePanel(view, colour)),
  );
}

function speakerKey(q) {
  return q.speakerId ?? q.speaker ?? null;
}

function legend(quotes, colour) {
  const seen = new Map();
  for (const q of quotes) {
    const key = speakerKey(q);
    const entry = seen.get(key) ?? { q, count: 0 };
    entry.count++;
    seen.set(key, entry);
  }
  if (seen.size === 0) return message('empty', 'No quotes found in this article.');
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Speakers in this article' },
    [...seen.entries()].map(([key, { q, count }]) =>
      h(
        'li',
        { class: `swatch ${colour(key)}` },
        speakerLink(q.speaker, q.speakerId),
        h('span', { class: 'count' }, String(count)),
      ),
    ),
  );
}

function articleText(text, view, colour) {
  const quotes = view.quotes;
  const runs = cutRuns(text, {
    quotes,
    cues: quotes.map((q) => q.cue).filter(Boolean),
    mentions: quotes.map((q) => q.mention).filter(Boolean),
    spin: view.spin ?? [],
    reused: view.provenance?.sentences ?? [],
  });
  const body = h('div', { class: 'article-text', lang: 'en' });
  for (const run of runs) {
    const piece = text.slice(run.start, run.end);
    let node = document.createTextNode(piece);
    if (run.spin) node = h('abbr', { class: 'spin', title: `usually “${run.spin.usual}”` }, node);
    if (run.reused) {
      const how = run.reused.spun ? 'after mapping aliases' : 'as written';
      node = h(
        'span',
        { class: 'reused', title: `found in earlier article ${run.reused.source} (${how})` },
        node,
      );
    }
    if (run.mention) node = h('span', { class: 'mention' }, node);
    if (run.cue) node = h('span', { class: 'cue' }, node);
    if (run.quote) {
      const q = run.quote;
      node = h(
        'mark',
        {
          class: `q ${colour(speakerKey(q))} type-${q.type}`,
          'data-quote': q.id,
          id: run.quoteStart ? quoteAnchor(q.id) : null,
          title: `${q.speaker ?? 'no speaker found'} — ${TYPE_LABEL[q.type] ?? q.type}${q.when ? `, ${formatDate(q.when)}` : ''}`,
        },
        node,
      );
    }
    body.append(node);
  }
  return h('article', { class: 'article-body' }, body);
}

function sidePanel(view, colour) {
  return h(
    'aside',
    { class: 'article-side' },
    h('h2', {}, plural(view.quotes.length, 'quote')),
    h(
      'ol',
      { class: 'article-quotes' },
      view.quotes.map((q) =>
        h(
          'li',
          { class: `aq ${colour(speakerKey(q))}` },
          h(
            'a',
            { class: 'jump', href: `#${quoteAnchor(q.id)}` },
            q.type === 'direct' ? `“${q.content}”` : q.content,
          ),
          h(
            'p',
            { class: 'meta' },
            speakerLink(q.speaker, q.speakerId),
            q.cue ? h('span', { class: 'cue-word' }, ` ${q.cue.text}`) : null,
            h('span', { class: `badge badge-${q.type}` }, TYPE_LABEL[q.type] ?? q.type),
            q.when ? h('span', { class: 'when' }, formatDate(q.when)) : null,
            q.clusterId
              ? h('a', { class: 'cluster-link', href: idPath('clusters', q.clusterId) }, 'other reports →')
              : null,
          ),
        ),
      ),
    ),
    provenancePanel(view),
  );
}

function provenancePanel(view) {
  const p = view.provenance;
  const section = h('section', { class: 'provenance' }, h('h2', {}, 'Provenance'));
  if (!p) {
    section.append(message('empty', 'Provenance has not been computed for this article.'));
  } else {
    const facts = h('ul', { class: 'facts' });
    if (p.copyOf) facts.append(h('li', {}, h('strong', {}, 'Copy'), ' of ', articleRef(p.copyOf)));
    if (p.stitched)
      facts.append(
        h('li', {}, h('strong', {}, 'Stitched'), ` from ${plural(p.sources?.length ?? 0, 'earlier source')}`),
      );
    if (p.spun)
      facts.append(h('li', {}, h('strong', {}, 'Spun:'), ' reuse matches only after mapping aliases'));
    if (typeof p.reusedShare === 'number')
      facts.append(
        h('li', {}, `${Math.round(p.reusedShare * 100)}% of its own words appear in earlier articles`),
      );
    if (!p.copyOf && !p.sources?.length) facts.append(h('li', {}, 'Original: no earlier source found'));
    if (p.sentences?.length) {
      facts.append(
        h(
          'li',
          {},
          h('span', { class: 'reused' }, 'Dotted underline'),
          ': sentences found in earlier articles',
        ),
      );
    }
    section.append(facts);
    if (p.sources?.length) {
      section.append(
        h('h3', {}, 'Sources'),
        h(
          'ol',
          { class: 'sources' },
          p.sources.map((src) =>
            h(
              'li',
              {},
              articleRef(src.article),
              ` · ${src.outlet ?? 'unknown outlet'} · ${formatDate(src.time)} · ${plural(src.sentences ?? 0, 'sentence')} (${Math.round((src.share ?? 0) * 100)}%)`,
              src.spun ? h('span', { class: 'badge badge-spun' }, 'spun') : null,
            ),
          ),
        ),
      );
    }
  }
  const subs = [...(p?.substitutions ?? []), ...(view.spin ?? [])];
  const seen = new Set();
  const unique = subs.filter((s) => {
    const key = `${s.start}-${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length) {
    section.append(
      h('h3', {}, 'Spin substitutions'),
      h(
        'ul',
        { class: 'spin-list' },
        unique.map((s) =>
          h(
            'li',
            {},
            h('q', {}, s.text),
            ' where usage expects ',
            h('q', {}, s.usual),
            s.source ? [' (source ', articleRef(s.source), ')'] : null,
          ),
        ),
      ),
    );
  }
  return section;
}

function articleRef(id) {
  return h('a', { href: idPath('articles', id) }, id);
}
