// One quote in a result list: its words, who said it and when, where it was reported, links onward.
import { h, idPath, link } from './dom.js';
import { formatDate, TYPE_LABEL } from './format.js';

export function speakerLink(name, speakerId) {
  if (!name) return h('span', { class: 'speaker unknown' }, 'no speaker found');
  const href = speakerId ? idPath('speakers', speakerId) : link('/search', { speaker: name });
  return h('a', { class: 'speaker', href }, name);
}

/** A stored quote (GET /api/quotes) as a card. */
export function quoteCard(q) {
  const words = q.type === 'direct' ? `“${q.content}”` : q.content;
  const articleHref = `${idPath('articles', q.article)}#${quoteAnchor(q.id)}`;
  return h(
    'li',
    { class: `quote-card type-${q.type}`, 'data-quote': q.id },
    h('blockquote', { class: 'words' }, words),
    h(
      'p',
      { class: 'meta' },
      speakerLink(q.speaker, q.speakerId),
      q.cue ? h('span', { class: 'cue' }, ` ${q.cue}`) : null,
      h('span', { class: `badge badge-${q.type}` }, TYPE_LABEL[q.type] ?? q.type),
      h(
        'span',
        { class: 'when', title: q.when ? 'statement date' : 'statement date not given' },
        q.when ? `on ${formatDate(q.when)}` : '',
      ),
    ),
    h(
      'p',
      { class: 'source' },
      q.outlet
        ? h('a', { class: 'outlet', href: link('/search', { outlet: q.outlet }) }, q.outlet)
        : h('span', { class: 'outlet unknown' }, 'unknown outlet'),
      h('span', { class: 'published' }, formatDate(q.published)),
      h('a', { class: 'article-link', href: articleHref }, q.articleTitle || q.article),
      q.clusterId
        ? h('a', { class: 'cluster-link', href: idPath('clusters', q.clusterId) }, 'all reports →')
        : null,
    ),
  );
}

export function quoteAnchor(id) {
  return `q-${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function message(kind, text) {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
