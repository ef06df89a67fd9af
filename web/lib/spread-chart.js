// A cluster's spread: one row per outlet, one dot per report on a time axis, the first report ringed and labelled.
import { h, idPath, s } from './dom.js';
import { formatDate } from './format.js';

/** "2024-03-04" or "2024-03-04T08:30:00Z" → ms; null when undated. */
function timeOf(value) {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(ms) ? null : ms;
}

export function spreadChart(cluster) {
  const dated = cluster.reports.filter((r) => timeOf(r.published) !== null);
  if (dated.length === 0) return null;
  const outlets = [];
  for (const r of dated) {
    const name = r.outlet ?? '(unknown outlet)';
    if (!outlets.includes(name)) outlets.push(name);
  }
  const times = dated.map((r) => timeOf(r.published));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  // Drawn for the screen it lands on: a phone gets a narrower plot with readable text, not a shrunken one.
  const narrow = window.innerWidth < 640;
  const row = 34;
  const pad = { top: 30, right: narrow ? 36 : 60, bottom: 34, left: narrow ? 104 : 150 };
  const plotW = narrow ? Math.max(180, window.innerWidth - 190) : 700;
  const inset = 24;
  const width = pad.left + plotW + pad.right;
  const height = pad.top + outlets.length * row + pad.bottom;
  const span = plotW - 2 * inset;
  const x = (t) => pad.left + inset + (t1 === t0 ? span / 2 : ((t - t0) / (t1 - t0)) * span);
  const svg = s('svg', {
    class: 'spread-chart',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': `Reports across ${outlets.length} outlets over time`,
  });
  outlets.forEach((name, i) => {
    const y = pad.top + i * row + row / 2;
    svg.append(
      s('line', { class: 'grid', x1: pad.left, x2: pad.left + plotW, y1: y, y2: y }),
      s(
        'text',
        { class: 'axis outlet-label', x: pad.left - 8, y: y + 4, 'text-anchor': 'end' },
        clip(name, narrow ? 14 : 20),
      ),
    );
  });
  const axisY = pad.top + outlets.length * row + 18;
  const ticks = [...new Set(narrow ? [t0, t1] : [t0, Math.round((t0 + t1) / 2), t1])];
  const labels = new Set();
  for (const t of ticks) {
    const label = formatDate(new Date(t).toISOString().slice(0, 10));
    if (labels.has(label)) continue;
    labels.add(label);
    svg.append(s('text', { class: 'axis', x: x(t), y: axisY, 'text-anchor': 'middle' }, label));
  }
  // Later reports first, so the first report's ring is drawn on top.
  for (const r of [...dated].reverse()) {
    const i = outlets.indexOf(r.outlet ?? '(unknown outlet)');
    const cx = x(timeOf(r.published));
    const cy = pad.top + i * row + row / 2;
    const tip = `${r.outlet ?? 'unknown outlet'}, ${r.published}${r.first ? ' — first report' : ''}${r.copyOf ? ` — copy of ${r.copyOf}` : ''}`;
    const cls = ['report', r.first ? 'first' : '', r.copyOf ? 'copy' : ''].filter(Boolean).join(' ');
    const a = s('a', { href: idPath('articles', r.article), class: cls, 'aria-label': tip });
    if (r.first) a.append(s('circle', { class: 'first-ring', cx, cy, r: 11 }));
    a.append(s('circle', { class: 'dot', cx, cy, r: 6 }, s('title', {}, tip)));
    if (r.first)
      a.append(s('text', { class: 'first-label', x: cx, y: cy - 15, 'text-anchor': 'middle' }, 'first'));
    svg.append(a);
  }
  return h('div', { class: 'chart-scroll' }, svg);
}

function clip(text, n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
