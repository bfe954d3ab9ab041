// The analyst's page: choose countries and filters, look at a view, read recent events, and copy
// the iframe that shows the same view in a dashboard.
import {
  ApiError, DEFAULT_STATUSES, ROOT, STATUSES, TYPES, el, eventItem, getJSON, typeLabel,
} from './common.js';

const $ = (id) => document.getElementById(id);
const form = $('query');
const frame = $('frame');
const hint = $('hint');
let theme = document.documentElement.dataset.theme || 'light';
let eventsCursor = null;
let eventsRequest = 0;

function checkboxes(fieldset, name, values, checked, label) {
  fieldset.append(...values.map((value) => el(
    'label', {}, el('input', { type: 'checkbox', name, value, checked: checked.includes(value) }), label(value),
  )));
}

const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);

/** The filters on screen as the API's query parameters (defaults left out). */
function filterQuery() {
  const query = new URLSearchParams();
  const types = checked('types');
  if (types.length && types.length < TYPES.length) query.set('types', types.join(','));
  const statuses = checked('statuses');
  const defaults = statuses.length === DEFAULT_STATUSES.length &&
    DEFAULT_STATUSES.every((s) => statuses.includes(s));
  if (statuses.length && !defaults) query.set('statuses', statuses.join(','));
  for (const name of ['since', 'until']) if ($(name).value) query.set(name, $(name).value);
  return query;
}

/** Show a view in the frame and the snippet that embeds exactly it. */
function show(view, query) {
  if (theme === 'dark') query.set('theme', 'dark');
  const search = query.toString();
  const src = new URL(`embed/${view}${search ? `?${search}` : ''}`, ROOT);
  frame.src = src.href;
  frame.dataset.view = view;
  const escaped = src.href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  $('snippet').value = `<iframe src="${escaped}" width="100%" height="480" ` +
    `style="border:0" loading="lazy" title="Entente ${view}"></iframe>`;
  $('copied').textContent = '';
  hint.textContent = '';
}

function needs(...names) {
  const missing = names.filter((n) => !$(n).value);
  if (missing.length) hint.textContent = `Choose ${missing.join(' and ')} first.`;
  return !missing.length;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!needs('from', 'to')) return;
  const query = new URLSearchParams({ from: $('from').value, to: $('to').value });
  for (const [k, v] of filterQuery()) query.set(k, v);
  show('path', query);
});

$('open-timeline').addEventListener('click', () => {
  if (!needs('from', 'to')) return;
  const query = new URLSearchParams({ a: $('from').value, b: $('to').value });
  for (const [k, v] of filterQuery()) query.set(k, v);
  show('timeline', query);
});

$('open-network').addEventListener('click', () => {
  const query = filterQuery();
  if ($('from').value) query.set('country', $('from').value);
  show('network', query);
});

$('copy-snippet').addEventListener('click', async () => {
  const text = $('snippet').value;
  try {
    await navigator.clipboard.writeText(text);
    $('copied').textContent = 'Copied.';
  } catch {
    // No clipboard permission (an http origin, say): leave it selected for Ctrl+C.
    $('snippet').select();
    $('copied').textContent = 'Selected: press Ctrl+C to copy.';
  }
});

$('theme-toggle').addEventListener('click', () => {
  theme = theme === 'dark' ? 'light' : 'dark';
  document.documentElement.dataset.theme = theme;
  $('theme-toggle').textContent = theme === 'dark' ? 'Light theme' : 'Dark theme';
  const current = frame.dataset.view;
  if (current) {
    const query = new URL(frame.src).searchParams;
    query.delete('theme');
    show(current, query);
  }
});

async function loadEvents({ more = false } = {}) {
  const list = $('events');
  const box = $('events-message');
  const query = new URLSearchParams({ include: 'mentions', limit: '20' });
  const country = $('from').value;
  if (country) query.set('country', country);
  if ($('to').value && country) query.set('counterpart', $('to').value);
  if (more && eventsCursor) query.set('cursor', eventsCursor);
  $('events-scope').textContent = country
    ? `Newest first, involving ${country}${query.get('counterpart') ? ` and ${query.get('counterpart')}` : ''}.`
    : 'Newest first, all countries.';
  // Only the latest request may fill the list: an older, slower answer is for other countries.
  const request = ++eventsRequest;
  try {
    const page = await getJSON('v1/events', query);
    if (request !== eventsRequest) return;
    if (!more) list.replaceChildren();
    list.append(...page.items.map(eventItem));
    eventsCursor = page.next_cursor;
    $('more-events').hidden = !eventsCursor;
    box.hidden = list.children.length > 0;
    if (!list.children.length) {
      const pair = [country, query.get('counterpart')].filter(Boolean).join(' and ');
      box.className = 'message empty';
      box.textContent = pair ? `No events involving ${pair}.` : 'No events yet.';
    }
  } catch (error) {
    if (request !== eventsRequest) return;
    box.className = 'message error';
    box.textContent = error instanceof ApiError ? `${error.title}: ${error.detail}` : String(error);
    box.hidden = false;
  }
}

$('more-events').addEventListener('click', () => loadEvents({ more: true }));
$('from').addEventListener('change', () => loadEvents());
$('to').addEventListener('change', () => loadEvents());

async function main() {
  $('theme-toggle').textContent = theme === 'dark' ? 'Light theme' : 'Dark theme';
  checkboxes($('types'), 'types', TYPES, TYPES, typeLabel);
  checkboxes($('statuses'), 'statuses', STATUSES, DEFAULT_STATUSES, (s) => s);
  try {
    const countries = await getJSON('v1/countries');
    for (const select of [$('from'), $('to')]) {
      select.append(...countries.items.map((c) =>
        el('option', { value: c.code }, `${c.name ?? c.code} (${c.code})`)));
    }
    $('app').dataset.countries = countries.items.length;
    if (!countries.items.length) hint.textContent = 'The graph is empty: load documents or events first.';
  } catch (error) {
    hint.textContent = error instanceof ApiError ? `${error.title}: ${error.detail}` : String(error);
  }
  show('network', new URLSearchParams());
  await loadEvents();
  $('app').dataset.state = 'ready';
}

main();
