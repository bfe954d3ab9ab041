// /embed/network: the answer of /v1/network for this page's query string, drawn with Cytoscape.js.
import {
  TYPE_COLORS, apiQuery, applyViewOptions, closeDetail, communityColor, confidence, dot, el,
  eventList, getJSON, isDirected, key, openDetail, pairEvents, params, ready, showError,
  showMessage, themeColors, typeLabel,
} from './common.js';

const LABEL_PX = 11;
const MAX_FIT_ZOOM = 1.3;
const view = document.getElementById('view');
const stage = document.getElementById('stage');
const tip = document.getElementById('tip');
applyViewOptions(view);

function tieSummary(tie, names) {
  const arrow = isDirected(tie.type) ? '→' : '–';
  const dates = tie.first_on === tie.last_on ? tie.first_on : `${tie.first_on} to ${tie.last_on}`;
  return {
    heading: `${names[tie.source] ?? tie.source} ${arrow} ${names[tie.target] ?? tie.target}`,
    facts: `${typeLabel(tie.type)} · ${tie.status} · confidence ${confidence(tie.confidence)} · ` +
      `${tie.events} event${tie.events === 1 ? '' : 's'} · ${dates}`,
  };
}

function legend(network) {
  const types = [...new Set(network.edges.map((e) => e.type))];
  const statuses = new Set(network.edges.map((e) => e.status));
  const communities = new Set(network.nodes.map((n) => n.community));
  const box = document.getElementById('legend');
  const keys = [
    ...types.map((t) => key(dot(TYPE_COLORS[t]), typeLabel(t))),
    key(el('span', { class: 'stroke' }), 'confirmed / reported'),
    statuses.has('alleged') ? key(el('span', { class: 'stroke alleged' }), 'alleged') : null,
    statuses.has('disputed') ? key(el('span', { class: 'mark-disputed' }, '◆'), 'disputed') : null,
    statuses.has('denied') ? key(el('span', { class: 'stroke denied' }), 'denied') : null,
    key('', `node size: partners · colour: community (${communities.size})`),
  ];
  box.replaceChildren(...keys.filter(Boolean));
}

function draw(network) {
  const colors = themeColors();
  const names = Object.fromEntries(network.nodes.map((n) => [n.code, n.name ?? n.code]));
  const maxDegree = Math.max(1, ...network.nodes.map((n) => n.degree));
  const elements = [
    ...network.nodes.map((n) => ({
      group: 'nodes',
      data: {
        id: n.code,
        label: n.code,
        node: n,
        kind: n.kind,
        color: communityColor(n.community),
        size: 18 + 26 * Math.sqrt(n.degree / maxDegree),
      },
    })),
    ...network.edges.map((e) => ({
      group: 'edges',
      data: {
        id: `${e.source}-${e.target}-${e.type}`,
        source: e.source,
        target: e.target,
        tie: e,
        status: e.status,
        directed: isDirected(e.type),
        color: TYPE_COLORS[e.type] ?? colors.muted,
        width: 1.5 + 3 * e.confidence,
      },
    })),
  ];
  let cy = null;
  const zoom = () => (cy ? cy.zoom() : 1);
  cy = window.cytoscape({
    container: stage,
    elements,
    minZoom: 0.3,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          color: colors.fg,
          // Labels keep their size on screen whatever the zoom, so a small frame stays readable.
          'font-size': () => LABEL_PX / zoom(),
          'text-valign': 'bottom',
          'text-margin-y': () => 2 / zoom(),
          'text-outline-color': colors.bg,
          'text-outline-width': () => 2 / zoom(),
          'border-width': 1,
          'border-color': colors.bg,
        },
      },
      { selector: 'node[kind = "organization"]', style: { shape: 'round-rectangle' } },
      {
        selector: 'edge',
        style: {
          'curve-style': 'bezier',
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'arrow-scale': 0.8,
          opacity: 0.9,
        },
      },
      { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
      { selector: 'edge[status = "alleged"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
      {
        selector: 'edge[status = "disputed"]',
        style: {
          'line-style': 'dashed',
          'line-dash-pattern': [2, 3],
          'mid-target-arrow-shape': 'diamond',
          'mid-target-arrow-color': colors.warn,
          'mid-target-arrow-fill': 'filled',
          'arrow-scale': 1.2,
        },
      },
      { selector: 'edge[status = "denied"]', style: { 'line-style': 'dotted', opacity: 0.5 } },
      { selector: ':selected', style: { 'underlay-color': colors.fg, 'underlay-opacity': 0.2, 'underlay-padding': 4 } },
    ],
    layout: {
      name: 'cose',
      animate: false,
      padding: 24,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 60,
      // A divisor: parallel ties of one pair together pull no harder than a single tie.
      edgeElasticity: (edge) => 32 * edge.parallelEdges().length,
    },
  });

  // The stage shrinks when the evidence opens (and with the iframe): keep the graph in view.
  const fitView = () => {
    cy.resize();
    cy.fit(undefined, 24);
    // A handful of nodes would otherwise be blown up to fill the frame.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  };
  fitView();
  new ResizeObserver(fitView).observe(stage);
  cy.on('zoom', () => cy.style().update());

  const place = (event, text) => {
    tip.textContent = text;
    tip.hidden = false;
    const { x, y } = event.renderedPosition;
    const left = Math.min(x + 12, stage.clientWidth - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(4, left) + stage.offsetLeft}px`;
    tip.style.top = `${y + 12 + stage.offsetTop}px`;
  };
  cy.on('mouseover', 'edge', (event) => {
    const { heading, facts } = tieSummary(event.target.data('tie'), names);
    place(event, `${heading}\n${facts}`);
  });
  cy.on('mouseover', 'node', (event) => {
    const n = event.target.data('node');
    place(event, `${n.name ?? n.code} (${n.code}) · ${n.degree} partner${n.degree === 1 ? '' : 's'}`);
  });
  cy.on('mouseout', () => { tip.hidden = true; });
  cy.on('tap', 'edge', (event) => {
    tip.hidden = true;
    const tie = event.target.data('tie');
    const { heading, facts } = tieSummary(tie, names);
    openDetail(heading, facts, async () =>
      eventList(await pairEvents(tie.source, tie.target, { type: tie.type })));
  });
  cy.on('tap', 'node', (event) => {
    tip.hidden = true;
    const n = event.target.data('node');
    const ties = event.target.connectedEdges().map((edge) => edge.data('tie'));
    openDetail(`${n.name ?? n.code} (${n.code})`, `${ties.length} ties · community ${n.community}`,
      async () => el('ul', { class: 'event-list' }, ties.map((tie) => {
        const { heading, facts } = tieSummary(tie, names);
        return el('li', {}, el('button', {
          type: 'button',
          class: 'ghost',
          onclick: () => cy.getElementById(`${tie.source}-${tie.target}-${tie.type}`).emit('tap'),
        }, heading), el('div', { class: 'summary' }, facts));
      })));
  });
  cy.on('tap', (event) => { if (event.target === cy) closeDetail(); });
  return cy;
}

async function main() {
  if (typeof window.cytoscape !== 'function') {
    showMessage('error', 'Graph library missing', 'The server has no Cytoscape.js: run `make assets`.');
    return;
  }
  const network = await getJSON('v1/network', apiQuery());
  view.dataset.nodes = network.nodes.length;
  view.dataset.edges = network.edges.length;
  if (!network.nodes.length) {
    const centre = params.get('country');
    showMessage('empty', 'No ties to show',
      centre ? `No ties of ${centre.toUpperCase()} match these filters.` : 'No ties match these filters.');
    return;
  }
  legend(network);
  const cy = draw(network);
  window.entente = { cy, network };
  ready(`${network.nodes.length} countries · ${network.edges.length} ties`);
}

main().catch(showError);
