// /embed/timeline?a=&b=: /v1/dyads/{a}/{b}/timeline as stacked bars per tie type and a score line.
import {
  TYPE_COLORS, TYPES, apiQuery, applyViewOptions, el, eventList, getJSON, key, openDetail,
  pairEvents, params, ready, showError, showMessage, themeColors, typeLabel,
} from './common.js';

const view = document.getElementById('view');
const stage = document.getElementById('stage');
applyViewOptions(view);

const iso = (d) => d.toISOString().slice(0, 10);

/** The last day of a period that starts on `start`, for `interval` month, quarter or year. */
function periodEnd(start, interval) {
  const d = new Date(`${start}T00:00:00Z`);
  const months = { month: 1, quarter: 3, year: 12 }[interval] ?? 1;
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

function legend(timeline) {
  const { trend } = timeline;
  const change = trend.relative === null ? '' : ` (${trend.relative > 0 ? '+' : ''}${Math.round(trend.relative * 100)}%)`;
  const firsts = Object.entries(timeline.first_on)
    .map(([type, day]) => `${typeLabel(type)} ${day}`).join(' · ');
  document.getElementById('legend').replaceChildren(
    key('', `Trend over the last ${trend.periods} ${timeline.interval}s: ${trend.direction}${change}`),
    key('', `Line: cooperation score · bars: events per tie type`),
    ...(firsts ? [key('', `First: ${firsts}`)] : []),
  );
}

function draw(timeline, a, b) {
  const colors = themeColors();
  const Chart = window.Chart;
  Chart.defaults.color = colors.muted;
  Chart.defaults.borderColor = colors.line;
  Chart.defaults.font.size = 11;
  const present = TYPES.filter((t) => timeline.series.some((p) => (p.counts[t] ?? 0) > 0));
  const canvas = el('canvas', { role: 'img', 'aria-label': `Ties between ${a} and ${b} per ${timeline.interval}` });
  stage.replaceChildren(canvas);
  const chart = new Chart(canvas, {
    data: {
      labels: timeline.series.map((p) => p.period),
      datasets: [
        {
          type: 'line',
          label: 'Score',
          data: timeline.series.map((p) => p.score),
          yAxisID: 'score',
          borderColor: colors.fg,
          backgroundColor: colors.fg,
          borderWidth: 1.5,
          pointRadius: 2,
          cubicInterpolationMode: 'monotone',
          order: 0,
        },
        ...present.map((t) => ({
          type: 'bar',
          label: typeLabel(t),
          data: timeline.series.map((p) => p.counts[t] ?? 0),
          backgroundColor: TYPE_COLORS[t],
          stack: 'ties',
          yAxisID: 'events',
          order: 1,
        })),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'top', labels: { boxWidth: 10, boxHeight: 10, padding: 8 } },
        tooltip: {
          // Types absent from the period only add noise to its tooltip.
          filter: (item) => item.dataset.type === 'line' || item.raw > 0,
          callbacks: { footer: () => 'Click for the events and their evidence' },
        },
      },
      scales: {
        x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 8 } },
        events: {
          stacked: true, beginAtZero: true, position: 'left', ticks: { precision: 0 },
          title: { display: true, text: 'events' },
        },
        score: {
          beginAtZero: true, position: 'right', grid: { drawOnChartArea: false },
          title: { display: true, text: 'score' },
        },
      },
      onClick: (event, _elements, chart) => {
        const [hit] = chart.getElementsAtEventForMode(event, 'index', { intersect: false }, false);
        if (hit) showPeriod(timeline, hit.index, a, b);
      },
    },
  });
  return chart;
}

function showPeriod(timeline, index, a, b) {
  const period = timeline.series[index];
  const until = periodEnd(period.start, timeline.interval);
  const counts = Object.entries(period.counts).filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${typeLabel(t).toLowerCase()}`).join(', ');
  openDetail(`${a} and ${b} · ${period.period}`,
    `${period.total} event${period.total === 1 ? '' : 's'}${counts ? ` (${counts})` : ''} · score ${period.score}`,
    async () => eventList(await pairEvents(a, b, { since: period.start, until })));
}

async function main() {
  const a = (params.get('a') || '').trim().toUpperCase();
  const b = (params.get('b') || '').trim().toUpperCase();
  if (!a || !b) {
    showMessage('error', 'Two countries needed', 'Add ?a=…&b=… with ISO codes, e.g. ?a=PRK&b=RUS.');
    return;
  }
  if (typeof window.Chart !== 'function') {
    showMessage('error', 'Chart library missing', 'The server has no Chart.js: run `make assets`.');
    return;
  }
  const path = `v1/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`;
  const timeline = await getJSON(path, apiQuery(['a', 'b']));
  const total = timeline.series.reduce((sum, p) => sum + p.total, 0);
  view.dataset.periods = timeline.series.length;
  if (!total) {
    showMessage('empty', 'No ties to show', `No ties between ${a} and ${b} match these filters.`);
    return;
  }
  const title = document.getElementById('title');
  if (!params.get('title')) title.textContent = `Cooperation over time: ${a} and ${b}`;
  legend(timeline);
  const chart = draw(timeline, a, b);
  const bars = chart.data.datasets
    .filter((d) => d.type === 'bar')
    .reduce((sum, d) => sum + d.data.filter((n) => n > 0).length, 0);
  view.dataset.bars = bars;
  window.entente = { chart, timeline };
  ready(`${total} events over ${timeline.series.length} ${timeline.interval}s`);
}

main().catch(showError);
