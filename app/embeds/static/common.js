// What every Entente page shares: the query string, calls to the JSON API, messages, evidence.
// Plain ES module, no build step. Text from the API is always inserted as text, never as HTML.

export const TYPE_COLORS = {
  ALLIANCE: '#1f77b4',
  DEFENCE_COOPERATION: '#17becf',
  JOINT_EXERCISE: '#2ca02c',
  VISIT: '#9467bd',
  ARMS_TRANSFER: '#d62728',
  MILITARY_AID: '#ff7f0e',
  TROOP_DEPLOYMENT: '#8c564b',
};
export const TYPES = Object.keys(TYPE_COLORS);
export const STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'];
export const DEFAULT_STATUSES = STATUSES.filter((s) => s !== 'denied');

// Okabe–Ito and friends: distinguishable for most colour-blind readers, on light and dark.
const COMMUNITY_COLORS = [
  '#e69f00', '#56b4e9', '#009e73', '#cc79a7', '#0072b2', '#d55e00', '#f0e442', '#999999',
];
export const communityColor = (n) => COMMUNITY_COLORS[Math.abs(n) % COMMUNITY_COLORS.length];

/** The page's own query string: the view's options plus the JSON endpoint's parameters. */
export const params = new URLSearchParams(location.search);
const VIEW_OPTIONS = ['theme', 'height', 'title', 'legend'];

/** Where the app's root is, relative to this page, so a proxy's path prefix keeps working. */
export const ROOT = new URL(
  document.querySelector('meta[name="entente-root"]')?.content ?? './',
  location.href,
);

/** The query string for the API: the page's, less the options that only the view reads. */
export function apiQuery(drop = []) {
  const query = new URLSearchParams(params);
  for (const key of [...VIEW_OPTIONS, ...drop]) query.delete(key);
  return query;
}

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

/** GET a JSON answer; a problem+json error becomes an ApiError carrying its `detail`. */
export const getJSON = (path, query) => requestJSON(path, { query });

/** Any call of the API with a JSON body and an API key (writes), answered in JSON. */
export async function requestJSON(path, { query, method = 'GET', body, key } = {}) {
  const url = new URL(path, ROOT);
  if (query) url.search = query.toString();
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(url, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'Network error', 'The Entente API could not be reached.');
  }
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // Not problem+json (a proxy's page, say): the status line is all there is.
    }
    throw new ApiError(
      response.status,
      problem.title || response.statusText || 'Error',
      problem.detail || `The API answered HTTP ${response.status}.`,
    );
  }
  return response.json();
}

/** An element with attributes and children; strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export const typeLabel = (type) => {
  const words = type.toLowerCase().replaceAll('_', ' ');
  return words[0].toUpperCase() + words.slice(1);
};
export const confidence = (value) => `${Math.round(value * 100)}%`;
export const isDirected = (type) =>
  !['ALLIANCE', 'DEFENCE_COOPERATION', 'JOINT_EXERCISE'].includes(type);

/** Statuses the page's `statuses=` asks for, as the API reads them (default: all but denied). */
export function wantedStatuses() {
  const asked = (params.get('statuses') || '').split(',').map((s) => s.trim().toLowerCase());
  const known = asked.filter((s) => STATUSES.includes(s));
  return known.length ? known : DEFAULT_STATUSES;
}

/** Tie types the page's `types=` asks for (default: all). */
export function wantedTypes() {
  const asked = (params.get('types') || '').split(',').map((s) => s.trim().toUpperCase());
  const known = asked.filter((t) => TYPES.includes(t));
  return known.length ? known : TYPES;
}

/** Apply `height` and `legend` from the query string to the view. */
export function applyViewOptions(view) {
  const height = Number.parseInt(params.get('height') ?? '', 10);
  if (height >= 120 && height <= 4000) view.style.setProperty('--height', `${height}px`);
  if (['0', 'false', 'no', 'off'].includes((params.get('legend') || '').toLowerCase())) {
    document.getElementById('legend').hidden = true;
  }
}

/** Show an empty result or an error in place of the view, and say so in `data-state`. */
export function showMessage(kind, title, detail) {
  const view = document.getElementById('view');
  const box = document.getElementById('message');
  box.className = `message ${kind}`;
  box.replaceChildren(el('strong', {}, title), el('span', { class: 'detail-text' }, detail));
  box.hidden = false;
  view.dataset.state = kind;
  view.removeAttribute('aria-busy');
}

export function showError(error) {
  if (error instanceof ApiError) {
    showMessage('error', `${error.title} (HTTP ${error.status || 'n/a'})`, error.detail);
  } else {
    showMessage('error', 'Something went wrong', String(error?.message ?? error));
    console.error(error);
  }
}

export function ready(summary) {
  const view = document.getElementById('view');
  document.getElementById('summary').textContent = summary;
  view.dataset.state = 'ready';
  view.removeAttribute('aria-busy');
}

/** A legend entry: a coloured dot (or any node) and its words. */
export const key = (mark, text) => el('span', { class: 'key' }, mark, text);
export const dot = (color) => {
  const node = el('span', { class: 'swatch' });
  node.style.background = color;
  return node;
};

const safeUrl = (url) => (/^https?:\/\//i.test(url || '') ? url : null);

/** One mention: the sentence, who says it, where it was published. */
function mentionItem(m) {
  const link = safeUrl(m.url);
  const source = m.title || m.source || m.document_id;
  const said = m.attributed_to
    ? m.attributed_to === 'other'
      ? 'attributed to other sources'
      : `said by ${m.attributed_to}`
    : null;
  return el(
    'li',
    { class: `mention ${m.status}` },
    el('blockquote', {}, m.evidence?.sentence || '(no sentence stored)'),
    el(
      'div',
      { class: 'meta' },
      link ? el('a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, source) : source,
      m.published_on ? ` · ${m.published_on}` : '',
      ` · ${m.status}`,
      said ? ` · ${said}` : '',
      ` · ${confidence(m.confidence)}`,
    ),
  );
}

/** An event with its certainty and the sentences behind it. */
export function eventItem(e) {
  const arrow = isDirected(e.type) ? '→' : '–';
  const mentions = e.mentions ?? [];
  return el(
    'li',
    { class: 'event', dataset: { id: e.id, status: e.status } },
    el(
      'div',
      { class: 'event-head' },
      el('span', { class: 'what' }, `${e.actor} ${arrow} ${e.target} · ${typeLabel(e.type)}`),
      el('span', { class: `badge ${e.status}`, title: 'certainty of the event' }, e.status),
      el(
        'span',
        { class: 'when' },
        `${e.occurred_on}${e.precision !== 'day' ? ` (${e.precision})` : ''}`,
        ` · confidence ${confidence(e.confidence)}`,
        ` · ${e.sources} source${e.sources === 1 ? '' : 's'}`,
        e.location ? ` · in ${e.location}` : '',
      ),
    ),
    mentions.length
      ? el('ul', { class: 'mentions' }, mentions.map(mentionItem))
      : el('div', { class: 'meta' }, 'No evidence stored for this event.'),
  );
}

/** Fill the detail panel: a heading, a line of facts, then what `load()` resolves to. */
export async function openDetail(heading, facts, load) {
  const panel = document.getElementById('detail');
  const body = el('div', { class: 'detail-body' }, el('p', { class: 'hint' }, 'Loading evidence…'));
  panel.replaceChildren(
    el(
      'div',
      { class: 'detail-head' },
      el('div', {}, el('h2', {}, heading), el('div', { class: 'summary' }, facts)),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: closeDetail }, '×'),
    ),
    body,
  );
  panel.hidden = false;
  panel.dataset.state = 'loading';
  try {
    const content = await load();
    body.replaceChildren(content);
    panel.dataset.state = 'ready';
  } catch (error) {
    const text = error instanceof ApiError ? `${error.title}: ${error.detail}` : String(error);
    body.replaceChildren(el('div', { class: 'message error' }, text));
    panel.dataset.state = 'error';
  }
}

export function closeDetail() {
  const panel = document.getElementById('detail');
  panel.hidden = true;
  panel.replaceChildren();
}

/** Events of a pair (either direction) with their mentions, filtered as the view is. */
export async function pairEvents(a, b, { type, since, until } = {}) {
  const query = new URLSearchParams({ country: a, counterpart: b, include: 'mentions', limit: '200' });
  if (type) query.set('type', type);
  for (const [name, value] of [
    ['since', since ?? params.get('since')],
    ['until', until ?? params.get('until')],
    ['min_confidence', params.get('min_confidence')],
  ]) {
    if (value) query.set(name, value);
  }
  const page = await getJSON('v1/events', query);
  const statuses = wantedStatuses();
  const types = wantedTypes();
  return page.items.filter((e) => statuses.includes(e.status) && types.includes(e.type));
}

export function eventList(events) {
  if (!events.length) return el('p', { class: 'hint' }, 'No events match these filters.');
  return el('ol', { class: 'event-list' }, events.map(eventItem));
}

/** Colours the libraries need as values, read from the theme's CSS variables. */
export function themeColors() {
  const style = getComputedStyle(document.documentElement);
  const read = (name) => style.getPropertyValue(name).trim();
  return { bg: read('--bg'), fg: read('--fg'), muted: read('--muted'), line: read('--line'), warn: read('--warn') };
}
