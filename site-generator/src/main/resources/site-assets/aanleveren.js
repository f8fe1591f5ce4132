/*
 * Wmo-scorecards: the providers' upload page. Plain script, no framework. Reads its settings from config.json
 * beside the page (written by the deploy, or served by the local serve command):
 *   {"signIn": "api-key", "apiUrl": "http://127.0.0.1:8787"}                      on the local runtime
 *   {"signIn": "cognito", "apiUrl": "https://...", "authDomain": "https://....amazoncognito.com",
 *    "clientId": "..."}                                                            in AWS (authorization code + PKCE)
 * The key or token is kept in sessionStorage only: it is gone when the tab closes.
 */
(function () {
  'use strict';

  var TOKEN = 'wmo-aanleveren-token';
  var PKCE = 'wmo-aanleveren-pkce';
  var SIGNED_OUT = 'wmo-aanleveren-afgemeld';
  var POLL_MILLIS = 1000;
  var POLL_LIMIT = 180;
  var CONTENT_TYPES = {
    '.csv': 'text/csv',
    '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    '.pdf': 'application/pdf'
  };
  var STATUS_WORDS = { pending: 'in behandeling', accepted: 'geaccepteerd', rejected: 'afgewezen' };
  var config = null;
  var token = null;

  function byId(id) { return document.getElementById(id); }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function setNotice(id, text, kind) {
    var node = byId(id);
    node.textContent = text || '';
    node.className = 'upload-notice' + (kind ? ' upload-notice--' + kind : '');
  }

  function pageUrl() { return window.location.origin + window.location.pathname; }

  function dutchDate(iso) {
    if (!iso) { return '—'; }
    var date = new Date(iso.length === 10 ? iso + 'T12:00:00' : iso);
    return iso.length === 10 ? date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })
      : date.toLocaleString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function typeName(id) {
    var option = document.querySelector('#rapporttype option[value="' + id + '"]');
    return option ? option.textContent : id;
  }

  /* ---------------------------------------------------------------- the API */

  function api(method, path, body) {
    var headers = { Authorization: 'Bearer ' + token };
    if (body) { headers['Content-Type'] = 'application/json'; }
    return fetch(config.apiUrl.replace(/\/$/, '') + path, {
      method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (notJson) { json = null; }
        if (response.status === 401) { signedOut('Uw aanmelding is verlopen of niet (meer) geldig. Meld u opnieuw aan.'); }
        return { status: response.status, body: json || {} };
      });
    }, function () {
      return { status: 0, body: { error: 'De aanleverdienst is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.' } };
    });
  }

  /* ---------------------------------------------------------------- signing in and out */

  function start() {
    fetch('config.json', { cache: 'no-store' })
      .then(function (response) { if (!response.ok) { throw new Error('no config'); } return response.json(); })
      .then(function (loaded) {
        config = loaded;
        var query = new URLSearchParams(window.location.search);
        if (config.signIn === 'cognito' && (query.has('code') || query.has('error'))) {
          return finishAccountSignIn(query);
        }
        token = sessionStorage.getItem(TOKEN);
        if (token) { return signedIn(false); }
        showSignIn();
        if (sessionStorage.getItem(SIGNED_OUT)) {
          // Back from the sign-in service's sign-out: the page was reloaded on the way.
          sessionStorage.removeItem(SIGNED_OUT);
          setNotice('aanmelden-melding', 'U bent afgemeld.', null);
        }
      })
      .catch(function () {
        setNotice('aanmelden-melding', 'Aanleveren via deze pagina is hier nog niet ingesteld. Stuur uw rapportage per e-mail naar de contractmanager van uw inkoopregio.', 'warning');
      });
  }

  function showSignIn() {
    byId('aangemeld').hidden = true;
    ['versturen', 'mijn-uploads', 'plichten'].forEach(function (id) { byId(id).hidden = true; });
    if (config.signIn === 'cognito') {
      byId('account-aanmelden').hidden = false;
    } else {
      byId('sleutel-formulier').hidden = false;
    }
  }

  function signedOut(message) {
    token = null;
    sessionStorage.removeItem(TOKEN);
    showSignIn();
    setNotice('aanmelden-melding', message, message ? 'error' : null);
  }

  function signInWithKey(event) {
    event.preventDefault();
    var input = byId('sleutel');
    var key = input.value.trim();
    var error = byId('sleutel-fout');
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    if (!key) {
      error.textContent = 'Vul de API-sleutel van uw organisatie in.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    token = key;
    api('GET', '/uploads').then(function (answer) {
      if (answer.status === 200) {
        sessionStorage.setItem(TOKEN, key);
        input.value = '';
        signedIn(true, answer.body);
      } else {
        token = null;
        error.textContent = answer.status === 401
          ? 'Deze API-sleutel is niet bekend. Controleer de sleutel, of vraag de regio om een nieuwe.'
          : (answer.body.error || 'Aanmelden lukte niet (' + answer.status + '). Probeer het later opnieuw.');
        input.setAttribute('aria-invalid', 'true');
        setNotice('aanmelden-melding', '');
        byId('sleutel-formulier').hidden = false;
        input.focus();
      }
    });
  }

  function signedIn(moveFocus, uploads) {
    byId('sleutel-formulier').hidden = true;
    byId('account-aanmelden').hidden = true;
    byId('aangemeld').hidden = false;
    setNotice('aanmelden-melding', '');
    ['versturen', 'mijn-uploads', 'plichten'].forEach(function (id) { byId(id).hidden = false; });
    if (moveFocus) { byId('versturen-titel').focus(); }
    if (uploads) { showUploads(uploads); } else { refreshUploads(); }
    refreshDuties();
    showRequestedUpload();
  }

  function signOut() {
    var cognito = config.signIn === 'cognito';
    signedOut('');
    setNotice('aanmelden-melding', 'U bent afgemeld.', null);
    if (cognito) {
      // The hosted UI's sign-out ends its session too (else the next sign-in would go through unasked), then comes back.
      sessionStorage.setItem(SIGNED_OUT, '1');
      window.location.assign(config.authDomain.replace(/\/$/, '') + '/logout?' + new URLSearchParams({
        client_id: config.clientId, logout_uri: pageUrl()
      }).toString());
    }
  }

  function base64url(bytes) {
    var text = '';
    bytes.forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomText() {
    var bytes = new Uint8Array(32);
    window.crypto.getRandomValues(bytes);
    return base64url(bytes);
  }

  /** Cognito's hosted UI, authorization code with PKCE: no secret in the page, the code is useless without the verifier. */
  function signInWithAccount() {
    if (!window.crypto || !window.crypto.subtle) {
      // The browser offers SHA-256 to https pages (and localhost) only.
      accountSignInFailed('Aanmelden met uw account kan alleen op een beveiligde (https) pagina. Open de pagina via https.');
      return;
    }
    var verifier = randomText();
    var state = randomText();
    window.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)).then(function (digest) {
      sessionStorage.setItem(PKCE, JSON.stringify({ verifier: verifier, state: state }));
      window.location.assign(config.authDomain.replace(/\/$/, '') + '/oauth2/authorize?' + new URLSearchParams({
        response_type: 'code', client_id: config.clientId, redirect_uri: pageUrl(), scope: 'openid email',
        state: state, code_challenge: base64url(new Uint8Array(digest)), code_challenge_method: 'S256'
      }).toString());
    });
  }

  function accountSignInFailed(message) {
    showSignIn();
    setNotice('aanmelden-melding', message, 'error');
  }

  /** Back from the hosted UI: only an answer to this tab's own request (its state) is taken, and at most once. */
  function finishAccountSignIn(query) {
    var stored = JSON.parse(sessionStorage.getItem(PKCE) || '{}');
    sessionStorage.removeItem(PKCE);
    window.history.replaceState(null, '', pageUrl() + window.location.hash);
    if (!stored.state || stored.state !== query.get('state')) {
      accountSignInFailed('Aanmelden is niet gelukt: begin opnieuw met "Aanmelden met uw account".');
      return;
    }
    if (query.has('error')) {
      // The service's own error text is English and technical: the provider gets what to do instead.
      accountSignInFailed('Aanmelden is niet gelukt: de aanmelddienst heeft uw aanmelding geweigerd. Controleer of u'
        + ' het account van uw organisatie gebruikt en probeer het opnieuw. Lukt het niet, vraag de contractmanager'
        + ' van uw inkoopregio om toegang.');
      return;
    }
    return fetch(config.authDomain.replace(/\/$/, '') + '/oauth2/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', client_id: config.clientId, code: query.get('code'),
        redirect_uri: pageUrl(), code_verifier: stored.verifier
      }).toString()
    }).then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (tokens) {
        // The ID token carries custom:agb, which the API's authorizer checks.
        token = tokens.id_token;
        sessionStorage.setItem(TOKEN, token);
        signedIn(true);
      })
      .catch(function (status) {
        accountSignInFailed(typeof status === 'number'
          ? 'Aanmelden is niet gelukt: de aanmelddienst gaf geen toegang (de aanmelding is verlopen of al gebruikt).'
            + ' Begin opnieuw met "Aanmelden met uw account".'
          : 'Aanmelden is niet gelukt: de aanmelddienst is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.');
      });
  }

  /* ---------------------------------------------------------------- sending a report */

  function extension(name) {
    var dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.substring(dot).toLowerCase();
  }

  function fileProblem(file) {
    if (!file) { return 'Kies het bestand dat u wilt versturen.'; }
    var accepted = byId('rapporttype').selectedOptions[0].getAttribute('data-accept').split(',');
    if (accepted.indexOf(extension(file.name)) < 0) {
      return 'Voor ' + typeName(byId('rapporttype').value) + ' moet het bestand eindigen op ' + accepted.join(' of ') + '.';
    }
    return null;
  }

  function send(event) {
    event.preventDefault();
    var input = byId('bestand');
    var file = input.files[0];
    var error = byId('bestand-fout');
    var problem = fileProblem(file);
    error.textContent = problem || '';
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    var button = byId('versturen-knop');
    button.disabled = true;
    showOutcome([element('p', 'Bezig met versturen van ' + file.name + '…')]);
    api('POST', '/uploads', {
      reportType: byId('rapporttype').value, period: byId('periode').value,
      fileName: file.name, contentType: CONTENT_TYPES[extension(file.name)]
    }).then(function (asked) {
      if (asked.status !== 201) {
        button.disabled = false;
        if (asked.status !== 401) {
          showOutcome([element('p', asked.body.error || 'Versturen lukte niet (' + asked.status + ').')], 'rejected');
        }
        return;
      }
      put(asked.body, file).then(function (status) {
        byId('voortgang').hidden = true;
        if (status === 200) {
          showOutcome([element('p', 'Ontvangen. Het bestand wordt gecontroleerd…')]);
          poll(asked.body.uploadId, 0).then(function () { button.disabled = false; });
        } else {
          button.disabled = false;
          showOutcome([element('p', putProblem(status, asked.body.expiresAt))], 'rejected');
          refreshUploads();
        }
      });
    });
  }

  /** The PUT straight to the storage, with the signed headers; XMLHttpRequest because fetch reports no upload progress. */
  function put(issued, file) {
    return new Promise(function (resolve) {
      var bar = byId('voortgang-balk');
      bar.value = 0;
      byId('voortgang').hidden = false;
      var request = new XMLHttpRequest();
      request.open('PUT', issued.url);
      Object.keys(issued.headers || {}).forEach(function (name) { request.setRequestHeader(name, issued.headers[name]); });
      request.upload.onprogress = function (progress) {
        if (progress.lengthComputable) { bar.value = Math.round(100 * progress.loaded / progress.total); }
      };
      request.onload = function () { bar.value = 100; resolve(request.status); };
      request.onerror = function () { resolve(0); };
      request.send(file);
    });
  }

  function putProblem(status, expiresAt) {
    // The storage refuses an expired link with 403, which a browser may only see as a failed connection.
    if (expiresAt && Date.now() >= Date.parse(expiresAt)) {
      return 'Het bestand is niet ontvangen: de verzendlink is verlopen (hij geldt 15 minuten). Er is niets verwerkt. Verstuur het bestand opnieuw; u krijgt dan een nieuwe link.';
    }
    if (status === 403) {
      return 'Het bestand is niet ontvangen: de verzendlink is verlopen of ongeldig (de link geldt 15 minuten). Er is niets verwerkt. Verstuur het bestand opnieuw; u krijgt dan een nieuwe link.';
    }
    if (status === 412) {
      return 'Het bestand is niet ontvangen: met deze verzendlink is al een bestand verstuurd. Verstuur het bestand opnieuw; u krijgt dan een nieuwe link.';
    }
    if (status === 0) {
      return 'Het bestand is niet ontvangen: de verbinding met de opslag mislukte. Controleer uw internetverbinding en verstuur het opnieuw.';
    }
    return 'Het bestand is niet ontvangen (' + status + '). Er is niets verwerkt. Probeer het opnieuw.';
  }

  function poll(uploadId, attempt) {
    return api('GET', '/uploads/' + encodeURIComponent(uploadId)).then(function (answer) {
      if (answer.status === 200 && answer.body.status === 'pending' && attempt < POLL_LIMIT) {
        return new Promise(function (resolve) { setTimeout(resolve, POLL_MILLIS); })
          .then(function () { return poll(uploadId, attempt + 1); });
      }
      showStatus(answer);
      refreshUploads();
      refreshDuties();
    });
  }

  /** The outcome as the report ingest decided it, in the words of the API (Dutch). */
  function showStatus(answer) {
    if (answer.status === 404) {
      showOutcome([element('p', answer.body.error || 'Deze upload bestaat niet of is niet van uw organisatie.')], 'rejected');
      return;
    }
    if (answer.status !== 200) {
      showOutcome([element('p', answer.body.error || 'De uitkomst is nu niet op te vragen (' + answer.status + ').')], 'rejected');
      return;
    }
    var upload = answer.body;
    var about = typeName(upload.reportType) + ' ' + upload.period + ' (' + upload.fileName + ')';
    if (upload.status === 'accepted') {
      showOutcome([element('p', upload.duplicateOf
        ? 'Geaccepteerd: ' + about + ' is gelijk aan een eerder geaccepteerd bestand; er is niets veranderd.'
        : 'Geaccepteerd: ' + about + ', ' + upload.rowCount + (upload.rowCount === 1 ? ' regel' : ' regels') + ' verwerkt.')],
      'accepted');
      return;
    }
    if (upload.status === 'pending') {
      showOutcome([element('p', about + ' is nog in behandeling. Kijk over een paar minuten bij uw aangeleverde rapportages.')]);
      return;
    }
    var errors = upload.errors || [];
    var parts = [element('p', 'Afgewezen: ' + about + ' heeft ' + errors.length + (errors.length === 1 ? ' fout' : ' fouten')
      + '. Er is niets verwerkt; verbeter het bestand en verstuur het opnieuw.')];
    parts.push(table('Fouten in ' + upload.fileName, ['Rij', 'Kolom', 'Waarde', 'Wat te doen'], errors.map(function (e) {
      return [e.row === null || e.row === undefined ? 'hele bestand' : e.row, e.column || '—',
        e.value === null || e.value === undefined ? '—' : e.value, e.message];
    })));
    showOutcome(parts, 'rejected');
  }

  function showOutcome(parts, kind) {
    var box = byId('uitkomst');
    box.className = 'upload-outcome' + (kind ? ' upload-outcome--' + kind : '');
    box.replaceChildren.apply(box, parts);
  }

  /** A table in the site's style, in a scrollable, focusable region so a narrow screen scrolls it, not the page. */
  function table(caption, headers, rows) {
    var region = element('div', null, 'data-table');
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', caption);
    region.tabIndex = 0;
    var t = element('table', null, 'utrecht-table');
    t.appendChild(element('caption', caption, 'utrecht-table__caption'));
    var head = element('thead', null, 'utrecht-table__header');
    var headRow = element('tr', null, 'utrecht-table__row');
    headers.forEach(function (h) {
      var th = element('th', h, 'utrecht-table__header-cell');
      th.scope = 'col';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    t.appendChild(head);
    var body = element('tbody', null, 'utrecht-table__body');
    rows.forEach(function (cells) {
      var tr = element('tr', null, 'utrecht-table__row');
      cells.forEach(function (cell) {
        if (cell instanceof Node) {
          var td = element('td', null, 'utrecht-table__cell');
          td.appendChild(cell);
          tr.appendChild(td);
        } else {
          tr.appendChild(element('td', cell, 'utrecht-table__cell'));
        }
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    region.appendChild(t);
    return region;
  }

  /* ---------------------------------------------------------------- the provider's uploads and duties */

  function refreshUploads() {
    api('GET', '/uploads').then(function (answer) { if (answer.status === 200) { showUploads(answer.body); } });
  }

  function showUploads(body) {
    var list = byId('uploads-lijst');
    var uploads = body.uploads || [];
    if (uploads.length === 0) {
      list.replaceChildren(element('p', 'U heeft nog geen rapportages aangeleverd.'));
      return;
    }
    list.replaceChildren(table('Uw aangeleverde rapportages, nieuwste eerst',
      ['Verstuurd', 'Rapportage', 'Jaar', 'Bestand', 'Uitkomst', 'Details'], uploads.map(function (u) {
        var outcome = STATUS_WORDS[u.status] || u.status;
        if (u.status === 'accepted') { outcome += ' (' + u.rowCount + (u.rowCount === 1 ? ' regel)' : ' regels)'); }
        if (u.status === 'rejected') { outcome += ' (' + u.errorCount + (u.errorCount === 1 ? ' fout)' : ' fouten)'); }
        var link = element('a', 'Bekijk uitkomst');
        link.href = '#upload=' + encodeURIComponent(u.uploadId);
        link.appendChild(element('span', ' van ' + u.fileName, 'visually-hidden'));
        return [dutchDate(u.createdAt), typeName(u.reportType), u.period, u.fileName, outcome, link];
      })));
  }

  /** #upload=ID shows that upload's outcome: a link from the list, or one kept from an earlier visit. */
  function showRequestedUpload() {
    var match = /^#upload=(.+)$/.exec(window.location.hash);
    if (!match || !token) { return; }
    var uploadId = decodeURIComponent(match[1]);
    api('GET', '/uploads/' + encodeURIComponent(uploadId)).then(function (answer) {
      if (answer.status !== 401) {
        showStatus(answer);
        byId('uitkomst').scrollIntoView();
      }
    });
  }

  function refreshDuties() {
    api('GET', '/report-duties').then(function (answer) {
      var list = byId('plichten-lijst');
      if (answer.status !== 200) {
        list.replaceChildren(element('p', answer.body.error || 'Uw rapportageplichten zijn nu niet op te vragen.'));
        return;
      }
      var duties = answer.body.duties || [];
      if (duties.length === 0) {
        list.replaceChildren(element('p', 'Voor ' + (answer.body.years || []).join(' en ')
          + ' vraagt geen inkoopregio een rapportage van u (of de KPI-resultaten van dat jaar zijn nog niet berekend).'));
        return;
      }
      list.replaceChildren(table('Rapportageplichten per inkoopregio',
        ['Jaar', 'Inkoopregio', 'Rapportage', 'Uiterlijk', 'Status', 'Geleverd op'], duties.map(function (d) {
          var state = element('span', d.stateText, 'duty-state duty-state--' + d.state);
          return [d.year, d.regionName, d.reportTypeName, dutchDate(d.due), state, dutchDate(d.delivered)];
        })));
    });
  }

  /* ---------------------------------------------------------------- dropping a file */

  var DROP_HERE = 'Sleep uw bestand hierheen';

  /** Says at once, beside the field, when the chosen or dropped file cannot be this report (not only on sending). */
  function checkChosenFile(file) {
    var input = byId('bestand');
    var problem = file ? fileProblem(file) : null;
    byId('bestand-fout').textContent = problem || '';
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
    return !problem;
  }

  function enableDropZone() {
    var zone = byId('sleepvak');
    var input = byId('bestand');
    zone.hidden = false;
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add('upload-dropzone--active'); });
    });
    zone.addEventListener('dragleave', function () { zone.classList.remove('upload-dropzone--active'); });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('upload-dropzone--active');
      var file = event.dataTransfer && event.dataTransfer.files[0];
      if (!file) { return; }
      if (!checkChosenFile(file)) {
        // Not taken, and a file chosen before is let go too, so what is sent is never a surprise; the message
        // says which endings this report takes.
        input.value = '';
        zone.textContent = DROP_HERE;
        return;
      }
      var one = new DataTransfer(); // one file, also when several were dropped
      one.items.add(file);
      input.files = one.files;
      zone.textContent = 'Gekozen: ' + file.name;
    });
    // A file dropped beside the zone (and the file field, which takes drops itself) would make the browser open it
    // and leave the page: ignore such drops.
    ['dragover', 'drop'].forEach(function (name) {
      window.addEventListener(name, function (event) {
        if (!zone.contains(event.target) && event.target !== input) { event.preventDefault(); }
      });
    });
    input.addEventListener('change', function () {
      var file = input.files[0];
      zone.textContent = file ? 'Gekozen: ' + file.name : DROP_HERE;
      checkChosenFile(file);
    });
    byId('rapporttype').addEventListener('change', function () { checkChosenFile(input.files[0]); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    byId('sleutel-formulier').addEventListener('submit', signInWithKey);
    byId('account-knop').addEventListener('click', signInWithAccount);
    byId('afmelden').addEventListener('click', signOut);
    byId('upload-formulier').addEventListener('submit', send);
    window.addEventListener('hashchange', showRequestedUpload);
    enableDropZone();
    start();
  });
}());
