import { h } from './dom.js';

// A grouped bar chart in plain SVG: one group per day, one bar per series; sized by the viewBox, styled by CSS classes.
export function barChart(days, series, title) {
  const W = 720, H = 220, left = 40, bottom = 28, top = 10;
  const max = Math.max(1, ...days.flatMap(d => series.map(s => d[s.key] || 0)));
  const group = (W - left - 10) / Math.max(1, days.length);
  const bar = Math.max(1, (group - 4) / series.length);
  const y = v => top + (H - top - bottom) * (1 - v / max);
  const svg = h('svg:svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart', role: 'img', 'aria-label': title, testid: 'chart' },
    h('svg:title', {}, title),
    h('svg:line', { x1: left, y1: H - bottom, x2: W - 10, y2: H - bottom, class: 'axis' }),
    h('svg:text', { x: left - 6, y: top + 8, 'text-anchor': 'end' }, String(max)),
    h('svg:text', { x: left - 6, y: H - bottom, 'text-anchor': 'end' }, '0'));
  const every = Math.ceil(days.length / 10);
  days.forEach((d, i) => {
    series.forEach((s, k) => {
      const v = d[s.key] || 0;
      svg.append(h('svg:rect', { x: left + i * group + 2 + k * bar, y: y(v), width: Math.max(1, bar - 1), height: Math.max(0, H - bottom - y(v)),
        class: 'bar b' + k, testid: 'bar', 'data-day': d.day, 'data-series': s.key, 'data-value': v },
      h('svg:title', {}, d.day + ' ' + s.label + ': ' + v)));
    });
    if (i % every === 0) {
      svg.append(h('svg:text', { x: left + i * group + group / 2, y: H - 10, 'text-anchor': 'middle' }, d.day.slice(5)));
    }
  });
  return h('figure', {}, svg, h('figcaption', { class: 'legend' },
    series.map((s, k) => h('span', {}, h('i', { class: 'b' + k }), s.label))));
}
