// The device simulator's only script (served as /simulator/simulator.js, no framework): it does
// what the phone app does. Start an enrolment, show the code with its countdown, poll the
// status, show the holder's name and confirm. Strings come from the page's JSON data block.
/* global document, fetch, window */
'use strict';

const data = JSON.parse(document.getElementById('simulator-data').textContent);
const strings = data.strings;
const element = (id) => document.getElementById(id);
const POLL_MS = 2000;

/** The running enrolment: { enrolmentId, code, expiresAt, pollToken }, kept in memory only. */
let enrolment;
let pollTimer;
let tickTimer;

function show(id, visible) {
  element(id).hidden = !visible;
}

function setStatus(text) {
  element('status').textContent = text;
}

function stopTimers() {
  window.clearTimeout(pollTimer);
  window.clearInterval(tickTimer);
}

/** Calls the API with the poll token; throws with the error code of a refusal. */
async function api(method, path) {
  const headers = enrolment ? { authorization: `Bearer ${enrolment.pollToken}` } : {};
  const response = await fetch(`${data.api}${path}`, { method, headers, cache: 'no-store' });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.code : String(response.status));
  return body;
}

function fail() {
  stopTimers();
  setStatus(strings.status.error);
  show('restart', true);
}

function expire() {
  stopTimers();
  show('code-panel', false);
  show('holder-panel', false);
  setStatus(strings.status.expired);
  show('restart', true);
}

/** Shows the time left as m:ss; at zero the code has expired. */
function tick() {
  const left = Math.max(0, Math.round((Date.parse(enrolment.expiresAt) - Date.now()) / 1000));
  const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  element('countdown').textContent = strings.countdown.replace(/\{\{\s*time\s*\}\}/, time);
  if (left === 0) expire();
}

async function poll() {
  try {
    const status = await api('GET', `/enrolments/${enrolment.enrolmentId}`);
    if (status.status === 'pending') {
      pollTimer = window.setTimeout(poll, POLL_MS);
    } else if (status.status === 'awaiting-confirmation') {
      stopTimers();
      show('code-panel', false);
      element('holder').textContent = status.holderName || '';
      show('holder-panel', true);
      setStatus(strings.status.awaitingConfirmation);
      element('confirm').focus();
    } else if (status.status === 'active') {
      stopTimers();
      setStatus(strings.status.active);
    } else {
      expire();
    }
  } catch {
    fail();
  }
}

async function start() {
  stopTimers();
  enrolment = undefined;
  show('start', false);
  show('restart', false);
  show('holder-panel', false);
  setStatus(strings.status.starting);
  try {
    enrolment = await api('POST', '/enrolments');
  } catch {
    fail();
    return;
  }
  const code = element('code');
  code.textContent = `${enrolment.code.slice(0, 3)} ${enrolment.code.slice(3)}`;
  // Read symbol by symbol by screen readers.
  code.setAttribute('aria-label', enrolment.code.split('').join(' '));
  show('code-panel', true);
  setStatus(strings.status.pending);
  tick();
  tickTimer = window.setInterval(tick, 1000);
  pollTimer = window.setTimeout(poll, POLL_MS);
}

async function confirm() {
  element('confirm').disabled = true;
  setStatus(strings.status.confirming);
  try {
    await api('POST', `/enrolments/${enrolment.enrolmentId}/confirm`);
    show('holder-panel', false);
    setStatus(strings.status.active);
  } catch {
    fail();
  } finally {
    element('confirm').disabled = false;
  }
}

element('start').addEventListener('click', start);
element('restart').addEventListener('click', start);
element('confirm').addEventListener('click', confirm);
