/* Dossier's dev server: one event stream shared by every tab of the preview (a browser opens at most six
   connections to a server; a stream per tab would use them up). Hands each tab every event, and the current state
   when it connects. */
'use strict';
var ports = [];
var last = null;
var source = null;

function broadcast(state) {
  ports.forEach(function (p) { p.postMessage(state); });
}

onconnect = function (e) {
  var port = e.ports[0];
  ports.push(port);
  port.onmessage = function (m) {
    if (m.data === 'bye') ports = ports.filter(function (p) { return p !== port; });
  };
  port.start();
  if (!source) {
    source = new EventSource('/__dossier/events');
    source.onmessage = function (m) {
      last = JSON.parse(m.data);
      broadcast(last);
    };
  } else if (last) {
    // the last build's changes are not news to a tab that connects now
    port.postMessage({build: last.build, from: last.build, ok: last.ok, changed: [], problems: last.problems});
  }
};
