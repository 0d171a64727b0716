// The virtual phones page: one card per phone, kept current from the simulator's event stream (/sim/events) and
// acting through its control API (/sim/phones/{number}/dial|answer|reject|hangup|press|say|sms). No build step.
'use strict';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
const STATES = {
  'idle': 'idle',
  'ringing': 'ringing…',
  'in-call': 'in call',
  'on-hold': 'on hold',
  'in-conference': 'in conference',
};

const phones = new Map();      // number -> last PhoneView
const cards = new Map();       // number -> card element
const conferences = new Map(); // friendly name -> ConferenceView
const sentTexts = new Map();   // number -> [{body, at}] texts sent from this page (the simulator keeps the inbox only)
let lineNumbers = [];          // the account's numbers, the line's own first (GET /sim/numbers)

// ---- the control API

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : {'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch (e) {
    json = {error: text};
  }
  if (!response.ok) {
    throw new Error(json.message || json.error || response.statusText);
  }
  return json;
}

const phonePath = number => '/sim/phones/' + encodeURIComponent(number);

async function act(number, action, body) {
  const card = cards.get(number);
  showError(card, null);
  try {
    await api('POST', phonePath(number) + '/' + action, body);
  } catch (e) {
    showError(card, e.message);
  }
  refreshPhone(number);
}

// ---- loading state

/** The account's numbers: with more than one, each card lets its phone pick which to call and text. */
async function loadNumbers() {
  lineNumbers = (await api('GET', '/sim/numbers')).numbers;
  for (const element of cards.values()) {
    renderNumberChoice(element);
  }
}

async function refreshAll() {
  const all = await api('GET', '/sim/phones');
  for (const phone of all) {
    phones.set(phone.number, phone);
  }
  await refreshConferences(all);
  all.forEach(render);
  layout();
}

const pending = new Map();
/** Coalesces the burst of events one action causes into one request per phone. */
function refreshPhone(number) {
  if (pending.has(number)) {
    return;
  }
  pending.set(number, setTimeout(async () => {
    pending.delete(number);
    try {
      const phone = await api('GET', phonePath(number));
      const isNew = !phones.has(number);
      phones.set(number, phone);
      await refreshConferences([phone]);
      render(phone);
      if (isNew) {
        layout();
      }
    } catch (e) {
      // the next event or the periodic refresh catches up
    }
  }, 60));
}

async function refreshConferences(list) {
  const names = new Set(list.map(p => p.conference).filter(Boolean));
  for (const name of names) {
    try {
      conferences.set(name, await api('GET', '/sim/conferences/' + encodeURIComponent(name)));
    } catch (e) {
      conferences.delete(name);
    }
  }
}

function refreshConference(name) {
  for (const phone of phones.values()) {
    if (phone.conference === name || inConference(name, phone.number)) {
      refreshPhone(phone.number);
    }
  }
}

function inConference(name, number) {
  const conference = conferences.get(name);
  return conference && conference.participants.some(p => p.phoneNumber === number);
}

// ---- live updates

function listen() {
  const live = document.getElementById('live');
  const events = new EventSource('/sim/events');
  events.addEventListener('hello', () => {
    live.textContent = 'live';
    live.className = 'live on';
    refreshAll();
  });
  events.addEventListener('phone', e => refreshPhone(JSON.parse(e.data).id));
  events.addEventListener('message', e => {
    const to = JSON.parse(e.data).details.to;
    if (to) {
      refreshPhone(to);
    }
  });
  events.addEventListener('call', e => {
    const details = JSON.parse(e.data).details;
    [details.from, details.to].filter(n => phones.has(n)).forEach(refreshPhone);
  });
  events.addEventListener('conference', e => refreshConference(JSON.parse(e.data).id));
  events.onerror = () => {
    live.textContent = 'reconnecting…';
    live.className = 'live off';
  };
}

// ---- rendering

function labelParts(phone) {
  const name = phone.name || 'Phone';
  const cut = name.indexOf(' · ');
  return cut < 0 ? {title: name, detail: ''} : {title: name.slice(0, cut), detail: name.slice(cut + 3)};
}

function role(phone) {
  const detail = labelParts(phone).detail.toLowerCase();
  if (detail.startsWith('officer')) {
    return 'officers';
  }
  return detail.startsWith('interpreter') ? 'interpreters' : 'others';
}

function displayName(number) {
  const phone = phones.get(number);
  return phone && phone.name ? labelParts(phone).title : formatNumber(number);
}

function formatNumber(number) {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(number);
  return us ? `+1 ${us[1]} ${us[2]} ${us[3]}` : number;
}

function layout() {
  const groups = {officers: [], interpreters: [], others: []};
  for (const phone of phones.values()) {
    groups[role(phone)].push(phone);
  }
  for (const [group, members] of Object.entries(groups)) {
    members.sort((a, b) => labelParts(a).title.localeCompare(labelParts(b).title));
    const container = document.getElementById(group);
    members.forEach(phone => container.appendChild(card(phone.number)));
  }
  document.getElementById('others-section').hidden = groups.others.length === 0;
  document.getElementById('empty').hidden = phones.size > 0;
}

function card(number) {
  if (cards.has(number)) {
    return cards.get(number);
  }
  const element = document.getElementById('phone-card').content.firstElementChild.cloneNode(true);
  element.dataset.phone = number;
  const keypad = element.querySelector('[data-role=keypad]');
  for (const key of KEYS) {
    const button = document.createElement('button');
    button.textContent = key;
    button.dataset.key = key;
    button.addEventListener('click', () => act(number, 'press', {digits: key}));
    keypad.appendChild(button);
  }
  element.querySelector('[data-action=dial]').addEventListener('click', () => act(number, 'dial', chosenNumber(element)));
  for (const action of ['answer', 'reject', 'hangup']) {
    element.querySelector(`[data-action=${action}]`).addEventListener('click', () => act(number, action));
  }
  onWords(element.querySelector('[data-role=say]'), speech => act(number, 'say', {speech}));
  onWords(element.querySelector('[data-role=sms]'), body => {
    const sent = sentTexts.get(number) || [];
    sent.push({body, at: new Date().toISOString()});
    sentTexts.set(number, sent);
    act(number, 'sms', {body, ...chosenNumber(element)});
  });
  renderNumberChoice(element);
  // the Say field's description for a screen reader is the prompt: whether the line is listening or recording
  const prompt = element.querySelector('[data-role=prompt]');
  prompt.id = 'prompt-' + number.replace(/\W/g, '');
  element.querySelector('[data-role=say] input').setAttribute('aria-describedby', prompt.id);
  cards.set(number, element);
  return element;
}

/** The card's choice of the account's numbers, offered only when there are several (the line's own by default). */
function renderNumberChoice(element) {
  const select = element.querySelector('[data-role=to]');
  if (select.options.length !== lineNumbers.length) {
    select.innerHTML = '';
    for (const lineNumber of lineNumbers) {
      select.appendChild(new Option(formatNumber(lineNumber), lineNumber));
    }
  }
  element.querySelector('[data-role=via]').hidden = lineNumbers.length < 2;
}

/** {to: the chosen number}, or nothing when there is no choice: the simulator then uses the line's own. */
function chosenNumber(element) {
  const select = element.querySelector('[data-role=to]');
  return lineNumbers.length > 1 && select.value ? {to: select.value} : {};
}

/** A one-field form (Enter or its button): its words, if any, go to send; the field is cleared and keeps the focus. */
function onWords(form, send) {
  form.addEventListener('submit', event => {
    event.preventDefault();
    const input = form.querySelector('input');
    const words = input.value.trim();
    input.focus();
    if (words) {
      input.value = '';
      send(words);
    }
  });
}

function render(phone) {
  const element = card(phone.number);
  const parts = labelParts(phone);
  element.querySelector('[data-role=name]').textContent = parts.title;
  element.querySelector('[data-role=detail]').textContent = parts.detail;
  element.querySelector('[data-role=number]').textContent = formatNumber(phone.number);

  const state = phone.callState;
  element.dataset.state = state;
  // a <Record> listening: the call is in progress, and what is said now goes on a recording
  element.querySelector('[data-role=state]').textContent = phone.recording ? 'recording' : STATES[state] || state;
  element.classList.toggle('recording', Boolean(phone.recording));
  const inCall = state !== 'idle' && state !== 'ringing';
  // interpreters are called by the line; officers (and unknown phones) call it
  element.querySelector('[data-action=dial]').hidden = state !== 'idle' || role(phone) === 'interpreters';
  element.querySelector('[data-action=answer]').hidden = state !== 'ringing';
  element.querySelector('[data-action=reject]').hidden = state !== 'ringing';
  element.querySelector('[data-action=hangup]').hidden = state === 'idle' || state === 'ringing';
  element.querySelector('[data-role=keypad]').hidden = !inCall;
  element.querySelector('[data-role=say]').hidden = !inCall;
  // what the line waits for, near the keypad and the Say field (and the field's description: empty when nothing)
  const prompt = element.querySelector('[data-role=prompt]');
  prompt.textContent = phone.recording ? 'The line is recording' : phone.listening ? 'The line is listening'
      : phone.waitingForInput ? 'The line is waiting for a key' : '';
  prompt.hidden = !prompt.textContent;
  element.classList.toggle('waiting', phone.waitingForInput || Boolean(phone.recording));
  element.classList.toggle('listening', Boolean(phone.listening || phone.recording));

  renderConference(element, phone);
  renderTranscript(element, phone);
  renderTexts(element, phone);
}

function renderConference(element, phone) {
  const box = element.querySelector('[data-role=conference]');
  const conference = phone.conference && conferences.get(phone.conference);
  if (!conference || phone.callState === 'idle') {
    box.hidden = true;
    box.dataset.startedAt = '';
    return;
  }
  const others = conference.participants
      .filter(p => p.status === 'connected' && p.phoneNumber !== phone.number)
      .map(p => displayName(p.phoneNumber));
  box.hidden = false;
  box.dataset.startedAt = conference.status === 'in-progress' && conference.startedAt ? conference.startedAt : '';
  box.dataset.conference = conference.friendlyName;
  box.innerHTML = '';
  const title = document.createElement('div');
  title.className = 'with';
  title.dataset.role = 'participants';
  title.textContent = others.length
      ? 'Connected with ' + others.join(', ')
      : 'On hold until the other side joins';
  const timer = document.createElement('div');
  timer.className = 'timer';
  timer.dataset.role = 'timer';
  box.append(title, timer);
  tick();
}

function renderTranscript(element, phone) {
  const screen = element.querySelector('[data-role=transcript]');
  if (screen.dataset.count === String(phone.transcript.length)) {
    return;
  }
  screen.dataset.count = String(phone.transcript.length);
  screen.innerHTML = '';
  if (phone.transcript.length === 0) {
    const hint = document.createElement('div');
    hint.className = 'hint';
    hint.textContent = role(phone) === 'interpreters'
        ? 'When the line calls, this phone rings.'
        : 'Calls and what the line says appear here.';
    screen.appendChild(hint);
    return;
  }
  for (const line of phone.transcript) {
    const entry = document.createElement('div');
    entry.className = 'said said-' + line.speaker;
    entry.dataset.speaker = line.speaker;
    entry.textContent = plain(line.text);
    entry.title = new Date(line.at).toLocaleTimeString();
    screen.appendChild(entry);
  }
  screen.scrollTop = screen.scrollHeight;
}

/** Hold music comes with its URL and conferences with a UUID: detail for developers, noise for everyone else. */
function plain(text) {
  return text.replace(/\s*\(https?:[^)]*\)/g, '').replace(/\b(req-[0-9a-f]{8})[0-9a-f-]{28}\b/g, '$1…');
}

function renderTexts(element, phone) {
  const inbox = element.querySelector('[data-role=inbox]');
  const thread = phone.inbox.map(m => ({body: m.body, at: m.at, mine: false}))
      .concat((sentTexts.get(phone.number) || []).map(m => ({body: m.body, at: m.at, mine: true})))
      .sort((a, b) => a.at.localeCompare(b.at));
  if (inbox.dataset.count === String(thread.length)) {
    return;
  }
  inbox.dataset.count = String(thread.length);
  inbox.innerHTML = '';
  for (const message of thread) {
    const bubble = document.createElement('div');
    bubble.className = 'text ' + (message.mine ? 'sent' : 'received');
    bubble.dataset.role = message.mine ? 'sent' : 'received';
    appendWithLinks(bubble, message.body);
    inbox.appendChild(bubble);
  }
  inbox.scrollTop = inbox.scrollHeight;
}

/** A text's words, its http(s) links made links (a language card's link opens in a new tab); nothing is parsed as HTML. */
function appendWithLinks(element, text) {
  const pattern = /https?:\/\/[^\s<>"]+/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    element.appendChild(document.createTextNode(text.slice(at, match.index)));
    const link = document.createElement('a');
    link.href = match[0];
    link.textContent = match[0];
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.dataset.role = 'link';
    element.appendChild(link);
    at = match.index + match[0].length;
  }
  element.appendChild(document.createTextNode(text.slice(at)));
}

function showError(element, message) {
  const box = element && element.querySelector('[data-role=error]');
  if (!box) {
    return;
  }
  box.hidden = !message;
  box.textContent = message || '';
  if (message) {
    setTimeout(() => box.hidden = true, 5000);
  }
}

/** Conference timers count from the conference's start (one machine, one clock). */
function tick() {
  for (const box of document.querySelectorAll('[data-role=conference]')) {
    const timer = box.querySelector('[data-role=timer]');
    if (!timer) {
      continue;
    }
    const started = box.dataset.startedAt ? Date.parse(box.dataset.startedAt) : NaN;
    if (Number.isNaN(started)) {
      timer.textContent = '';
      continue;
    }
    const seconds = Math.max(0, Math.floor((Date.now() - started) / 1000));
    timer.textContent = String(Math.floor(seconds / 60)).padStart(2, '0') + ':' + String(seconds % 60).padStart(2, '0');
  }
}

setInterval(tick, 1000);
// a safety net for an event lost while the stream reconnected
setInterval(() => refreshAll().catch(() => {}), 15000);
loadNumbers().catch(() => {});
refreshAll().catch(() => {});
listen();
