// /embed/path?from=&to=: the chains of /v1/paths; a tie opens its evidence from /v1/paths/explain.
import {
  TYPE_COLORS, TYPES, apiQuery, applyViewOptions, confidence, dot, el, eventList, getJSON,
  isDirected, key, openDetail, params, ready, showError, showMessage, typeLabel,
} from './common.js';

const view = document.getElementById('view');
const stage = document.getElementById('stage');
applyViewOptions(view);

const explained = new Map();

/** The evidence of path `index`, asked for once and kept for the other ties of the path. */
function explain(index) {
  if (!explained.has(index)) {
    const query = apiQuery();
    query.set('path', String(index));
    const answer = getJSON('v1/paths/explain', query);
    // A failed call is not kept, so the next click asks again.
    answer.catch(() => explained.delete(index));
    explained.set(index, answer);
  }
  return explained.get(index);
}

/** The arrow between two neighbours of the chain, in the tie's own direction. */
function arrow(tie, left) {
  if (!isDirected(tie.type)) return '—';
  return tie.source === left ? '↓' : '↑';
}

function tieLink(path, pathIndex, tieIndex) {
  const tie = path.ties[tieIndex];
  const left = path.nodes[tieIndex].code;
  const dates = tie.first_on === tie.last_on ? tie.first_on : `${tie.first_on} to ${tie.last_on}`;
  const facts = `${tie.status} · confidence ${confidence(tie.confidence)} · ` +
    `${tie.events} event${tie.events === 1 ? '' : 's'} · ${dates}`;
  const names = Object.fromEntries(path.nodes.map((n) => [n.code, n.name ?? n.code]));
  const button = el(
    'button',
    { type: 'button', class: 'tie', 'aria-expanded': 'false', title: 'Show the evidence' },
    el('span', { class: 'type' }, `${arrow(tie, left)} ${typeLabel(tie.type)}`),
    el('span', { class: 'facts' }, facts),
  );
  button.addEventListener('click', () => {
    for (const other of stage.querySelectorAll('.tie[aria-expanded="true"]')) {
      other.setAttribute('aria-expanded', 'false');
    }
    button.setAttribute('aria-expanded', 'true');
    const heading = `${names[tie.source]} ${isDirected(tie.type) ? '→' : '–'} ${names[tie.target]}`;
    openDetail(heading, `${typeLabel(tie.type)} · ${facts}`, async () => {
      const detail = await explain(pathIndex);
      return eventList(detail.ties[tieIndex]?.evidence ?? []);
    });
  });
  const item = el('li', { class: `link ${tie.status}` }, button);
  item.style.setProperty('--tie', TYPE_COLORS[tie.type] ?? 'currentColor');
  return item;
}

function pathCard(path, index, count) {
  const items = [];
  path.nodes.forEach((node, i) => {
    items.push(el('li', { class: 'node' }, node.code, ' ', el('small', {}, node.name ?? '')));
    if (i < path.ties.length) items.push(tieLink(path, index, i));
  });
  const heading = count > 1 ? `Path ${index + 1} · ` : '';
  return el(
    'section',
    { class: 'path', dataset: { index } },
    el('h2', {}, `${heading}${path.length} hop${path.length === 1 ? '' : 's'}`),
    el('ol', { class: 'chain' }, items),
  );
}

function legend(answer) {
  const types = TYPES.filter((t) => answer.paths.some((p) => p.ties.some((x) => x.type === t)));
  document.getElementById('legend').replaceChildren(
    ...types.map((t) => key(dot(TYPE_COLORS[t]), typeLabel(t))),
    key('', '↓ ↑ direction · dashed: alleged · red: disputed · click a tie for its evidence'),
  );
}

async function main() {
  const answer = await getJSON('v1/paths', apiQuery());
  const from = answer.from ?? params.get('from');
  view.dataset.paths = answer.paths.length;
  if (!answer.paths.length) {
    const hops = params.get('max_hops') || '4';
    showMessage('empty', 'No path found',
      `No chain of ties links ${from} to ${answer.to} within ${hops} hop${hops === '1' ? '' : 's'} with these filters.`);
    return;
  }
  if (!params.get('title')) {
    document.getElementById('title').textContent = `Paths from ${from} to ${answer.to}`;
  }
  stage.replaceChildren(
    el('div', { class: 'paths' }, answer.paths.map((p, i) => pathCard(p, i, answer.paths.length))),
  );
  legend(answer);
  const shortest = Math.min(...answer.paths.map((p) => p.length));
  window.entente = { answer };
  ready(`${answer.paths.length} path${answer.paths.length === 1 ? '' : 's'} · shortest ${shortest} hop${shortest === 1 ? '' : 's'}`);
}

main().catch(showError);
