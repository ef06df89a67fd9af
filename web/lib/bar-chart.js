// A speaker's quotes over time as SVG bars, drawn here (no chart library); each bar links to those quotes.
import { s } from './dom.js';
import { formatDate, plural } from './format.js';

const MAX_MONTH_BARS = 48;

/** [{period: "YYYY-MM", count}] → bars for every month (or year, over long spans) between the first and the last. */
export function fillPeriods(timeline) {
  const counts = new Map();
  for (const p of timeline)
    if (/^\d{4}-\d{2}$/.test(p.period)) counts.set(p.period, (counts.get(p.period) ?? 0) + p.count);
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return [];
  const [y0, m0] = keys[0].split('-').map(Number);
  const [y1, m1] = keys[keys.length - 1].split('-').map(Number);
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  if (months > MAX_MONTH_BARS) {
    const years = [];
    for (let y = y0; y <= y1; y++) {
      let count = 0;
      for (const [k, v] of counts) if (k.startsWith(`${y}-`)) count += v;
      years.push({ period: String(y), count });
    }
    return years;
  }
  const bars = [];
  for (let i = 0; i < months; i++) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    const m = ((m0 - 1 + i) % 12) + 1;
    const period = `${y}-${String(m).padStart(2, '0')}`;
    bars.push({ period, count: counts.get(period) ?? 0 });
  }
  return bars;
}

/** An <svg> bar chart; hrefFor(period) gives each non-empty bar's link. */
export function barChart(bars, hrefFor, { label = 'Quotes over time' } = {}) {
  // Few bars get wide slots (the chart fills a laptop-width box); many get narrow ones and the box scrolls.
  const slot = Math.max(44, Math.min(96, Math.floor(720 / Math.max(bars.length, 1))));
  const pad = { top: 24, right: 8, bottom: 30, left: 34 };
  const plotH = 160;
  const width = pad.left + pad.right + bars.length * slot;
  const height = pad.top + plotH + pad.bottom;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const svg = s('svg', {
    class: 'bar-chart',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': label,
  });
  svg.append(s('title', {}, label));
  // y axis: 0 and max
  for (const value of max > 1 ? [0, Math.round(max / 2), max] : [0, 1]) {
    const y = pad.top + plotH - (value / max) * plotH;
    svg.append(
      s('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y, y2: y }),
      s('text', { class: 'axis', x: pad.left - 6, y: y + 4, 'text-anchor': 'end' }, String(value)),
    );
  }
  const labelEvery = Math.ceil(bars.length / 16);
  bars.forEach((bar, i) => {
    const w = Math.min(slot - 10, 48);
    const x = pad.left + i * slot + (slot - w) / 2;
    const h = (bar.count / max) * plotH;
    const y = pad.top + plotH - h;
    const tip = `${formatDate(bar.period)}: ${plural(bar.count, 'quote')}`;
    const rect = s(
      'rect',
      { class: 'bar', x, y, width: w, height: Math.max(h, bar.count ? 2 : 0), rx: 2 },
      s('title', {}, tip),
    );
    if (bar.count > 0) {
      const a = s(
        'a',
        { href: hrefFor(bar.period), class: 'bar-link', 'data-period': bar.period, 'aria-label': tip },
        rect,
      );
      a.append(
        s('text', { class: 'bar-value', x: x + w / 2, y: y - 4, 'text-anchor': 'middle' }, String(bar.count)),
      );
      svg.append(a);
    } else {
      svg.append(rect);
    }
    if (i % labelEvery === 0) {
      const text = bar.period.length === 7 ? shortMonth(bar.period) : bar.period;
      svg.append(
        s('text', { class: 'axis', x: x + w / 2, y: pad.top + plotH + 18, 'text-anchor': 'middle' }, text),
      );
    }
  });
  return svg;
}

// "2017-06" → "Jun ’17"
function shortMonth(period) {
  const [y] = period.split('-');
  return `${formatDate(period).split(' ')[0]} ’${y.slice(2)}`;
}
