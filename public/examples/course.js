// The example course page's script: listens to the three Wirewalk embeds and drives the first one
// with Wirewalk's postMessage API (docs/embed.md). Plain browser JavaScript, no build step, no
// inline code (the page's Content-Security-Policy forbids it).
'use strict';

(function () {
  /** Every message to and from Wirewalk carries these two fields. */
  var PROTOCOL = { source: 'wirewalk', version: 1 };
  var MAX_LOG = 12;

  /** Lost SYN-ACK with a slower path: the same loss, but every segment takes 200 ms one way. */
  var SLOW_LOST_SYN_ACK = {
    kind: 'tcp',
    seed: 1,
    rttMs: 400,
    client: { isn: 0, open: { at: 0 }, send: [{ at: 1800, bytes: 100 }], close: { at: 2400 } },
    server: { isn: 0, listen: true, close: { at: 2600 } },
    faults: [{ drop: { from: 'server', flags: ['ACK', 'SYN'], occurrence: 1 } }],
  };
  /** Not a valid scenario: the embed answers with an `error` message and changes nothing. */
  var BROKEN = { kind: 'tcp', rttMs: -5 };

  /** The iframe elements, by the name the log uses. */
  function embeds() {
    return {
      tcp: document.getElementById('tcp-embed'),
      lab: document.getElementById('lab-embed'),
      journey: document.getElementById('journey-embed'),
    };
  }

  /** The origin of an iframe's document (its src is relative: this page's origin). */
  function originOf(iframe) {
    return new URL(iframe.getAttribute('src'), document.baseURI).origin;
  }

  /** Sends a command to the TCP embed, only to the origin its src points at. */
  function send(command) {
    var iframe = embeds().tcp;
    if (!iframe || !iframe.contentWindow) return;
    iframe.contentWindow.postMessage(Object.assign({}, PROTOCOL, command), originOf(iframe));
  }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) el.textContent = value;
  }

  /** Adds one line to the message log (text only: what an embed sends is never parsed as HTML). */
  function log(message) {
    var list = document.getElementById('message-log');
    if (!list) return;
    var item = document.createElement('li');
    var type = document.createElement('strong');
    type.textContent = message.type;
    item.appendChild(type);
    item.appendChild(document.createTextNode(' ' + describe(message)));
    list.insertBefore(item, list.firstChild);
    while (list.children.length > MAX_LOG) list.removeChild(list.lastChild);
  }

  function describe(m) {
    switch (m.type) {
      case 'ready':
        return m.view + ' · ' + m.scenario + ' · ' + m.total + ' steps · ' + m.lang;
      case 'step':
        return m.index + ' / ' + m.total + ' — ' + m.summary;
      case 'ended':
        return 'reached step ' + m.total;
      case 'error':
        return m.command + ': ' + m.message;
      default:
        return '';
    }
  }

  function setButtons(enabled) {
    ['btn-play', 'btn-pause', 'btn-goto', 'btn-load', 'btn-load-bad'].forEach(function (id) {
      var button = document.getElementById(id);
      if (button) button.disabled = !enabled;
    });
  }

  // Listening starts at once (this script runs before the iframes exist).
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || m.source !== PROTOCOL.source || m.version !== PROTOCOL.version) return;
    var all = embeds();
    var name = Object.keys(all).find(function (k) {
      return all[k] && all[k].contentWindow === event.source;
    });
    // Trust only our own iframes, and only from the origin they were loaded from.
    if (!name || event.origin !== originOf(all[name])) return;

    if (name === 'tcp') {
      log(m);
      if (m.type === 'ready') setButtons(true);
      if (m.type === 'step')
        text('tcp-status', 'Step ' + m.index + ' of ' + m.total + ': ' + m.summary);
      if (m.type === 'error') text('tcp-status', 'The embed refused the scenario: ' + m.message);
    } else if (m.type === 'ready') {
      text(name + '-status', 'Ready: ' + m.scenario + ', ' + m.total + ' steps.');
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('btn-play').addEventListener('click', function () {
      send({ type: 'play' });
    });
    document.getElementById('btn-pause').addEventListener('click', function () {
      send({ type: 'pause' });
    });
    document.getElementById('btn-goto').addEventListener('click', function () {
      var step = Number(document.getElementById('goto-step').value);
      if (Number.isInteger(step)) send({ type: 'goto', step: step });
    });
    document.getElementById('btn-load').addEventListener('click', function () {
      send({ type: 'load', scenario: SLOW_LOST_SYN_ACK });
    });
    document.getElementById('btn-load-bad').addEventListener('click', function () {
      send({ type: 'load', scenario: BROKEN });
    });
  });
})();
