// The analyst page's "Follow the news" panel: add an article by URL or text (with an API key,
// kept for this tab only), and see the watches and their latest alerts.
import { ApiError, el, getJSON, requestJSON, typeLabel } from './common.js';

const $ = (id) => document.getElementById(id);
const KEY = 'entente-api-key';
const message = (error) => (error instanceof ApiError ? `${error.title}: ${error.detail}` : String(error));

$('api-key').value = sessionStorage.getItem(KEY) ?? '';
$('api-key').addEventListener('change', () => sessionStorage.setItem(KEY, $('api-key').value));

$('add-article').addEventListener('submit', async (event) => {
  event.preventDefault();
  const url = $('article-url').value.trim();
  const text = $('article-text').value.trim();
  const result = $('article-result');
  if (!url && !text) {
    result.textContent = 'Give the article’s URL or paste its text.';
    return;
  }
  const body = text ? { text } : { url };
  if (text && url) body.url = url;
  result.textContent = url && !text ? 'Fetching the page…' : 'Reading…';
  $('add-article-button').disabled = true;
  try {
    const doc = await requestJSON('v1/documents', { method: 'POST', body, key: $('api-key').value });
    const ties = doc.events.map((e) => `${typeLabel(e.type)} ${e.actor}–${e.target} (${e.status})`);
    result.textContent = `${doc.title ?? doc.id}: ${ties.length} event(s)` +
      (ties.length ? ` — ${ties.join('; ')}` : '.');
    result.dataset.document = doc.id;
    await loadAlerts();
  } catch (error) {
    result.textContent = message(error);
  } finally {
    $('add-article-button').disabled = false;
  }
});

function alertItem(a) {
  const e = a.event;
  const status = a.old_status ? `${a.old_status} → ${a.new_status}` : a.new_status;
  const kind = { new_event: 'New event', new_tie: 'New tie', status_change: 'Status' }[a.kind];
  return el('li', { class: 'alert', dataset: { id: a.id, kind: a.kind } },
    el('strong', {}, `${kind}: ${typeLabel(e.type)} ${e.actor} → ${e.target}`),
    ` ${status}`, e.occurred_on ? ` · ${e.occurred_on}` : '',
    a.evidence?.sentence ? el('blockquote', {}, a.evidence.sentence) : null);
}

async function loadWatches() {
  const box = $('watches-message');
  try {
    const watches = (await getJSON('v1/watches')).items;
    $('watches').replaceChildren(...watches.map((w) => el('li', { dataset: { id: w.id } },
      el('strong', {}, w.name), ` · ${w.countries.join('–')} · on ${w.on.join(', ')}`,
      w.webhook_url ? ' · webhook' : '')));
    box.hidden = watches.length > 0;
    box.textContent = 'No watches yet: POST /v1/watches.';
  } catch (error) {
    box.hidden = false;
    box.textContent = message(error);
  }
}

async function loadAlerts() {
  const box = $('alerts-message');
  try {
    const alerts = (await getJSON('v1/alerts', new URLSearchParams({ limit: '20' }))).items;
    $('alerts').replaceChildren(...alerts.map(alertItem));
    box.hidden = alerts.length > 0;
    box.textContent = 'No alerts yet.';
  } catch (error) {
    box.hidden = false;
    box.textContent = message(error);
  }
}

await Promise.all([loadWatches(), loadAlerts()]);
$('follow').dataset.state = 'ready';
