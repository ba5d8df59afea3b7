// Panelist's GraphiQL page: GraphiQL against /graphql with a bearer token kept in localStorage.
// Plain browser script (no bundler); the globals React, ReactDOM and GraphiQL come from the UMD files.
(function () {
  'use strict';

  var TOKEN_KEY = 'panelist.graphiql.token';
  var DEMO_TOKEN_REQUEST = { role: 'RECRUITER', organization: 'acme' };

  // The server sets <base href="/graphql/ui/">, so "../" is the GraphQL endpoint and "../../" the API root.
  var graphqlUrl = new URL('../', document.baseURI).href.replace(/\/$/, '');
  var subscriptionUrl = graphqlUrl.replace(/^http/, 'ws');
  var devTokenUrl = new URL('../../dev/token', document.baseURI).href;

  var input = document.getElementById('token-input');
  var showButton = document.getElementById('token-show');
  var clearButton = document.getElementById('token-clear');
  var demoButton = document.getElementById('token-demo');
  var status = document.getElementById('token-status');

  function readToken() {
    try {
      return (window.localStorage.getItem(TOKEN_KEY) || '').trim();
    } catch (e) {
      return '';
    }
  }

  function writeToken(token) {
    try {
      if (token) {
        window.localStorage.setItem(TOKEN_KEY, token);
      } else {
        window.localStorage.removeItem(TOKEN_KEY);
      }
    } catch (e) {
      // Private mode or storage disabled: the token then lives only in the input.
    }
  }

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  // Accepts "eyJ...", "Bearer eyJ..." or a pasted {"token":"..."} response.
  function normalizeToken(value) {
    var text = (value || '').trim();
    if (text.charAt(0) === '{') {
      try {
        var parsed = JSON.parse(text);
        if (parsed && typeof parsed.token === 'string') {
          text = parsed.token.trim();
        }
      } catch (e) {
        // Not JSON after all: use it as typed.
      }
    }
    return text.replace(/^bearer\s+/i, '');
  }

  // The Authorization header's value and every other header, under one lowercase "authorization" key.
  function withAuthorization(headers, token) {
    var result = {};
    var typed = null;
    Object.keys(headers || {}).forEach(function (key) {
      var value = headers[key];
      if (key.toLowerCase() === 'authorization') {
        if (value !== undefined && value !== null && value !== '') {
          typed = value;
        }
      } else {
        result[key] = value;
      }
    });
    var authorization = typed || (token ? 'Bearer ' + token : null);
    if (authorization) {
      result.authorization = authorization;
    }
    return result;
  }

  // A new fetcher per token, so that GraphiQL notices the change and re-fetches the schema with it.
  // An Authorization header typed into GraphiQL's own headers editor wins over the token bar.
  //
  // Subscriptions go over graphql-transport-ws to ws(s)://…/graphql through the graphql-ws client bundled in
  // graphiql.min.js. Browsers cannot set headers on a WebSocket, so the token travels in connection_init's
  // payload: wsConnectionParams carries the token bar's, and the toolkit spreads the request's headers over it,
  // which is why they are passed with one lowercase "authorization" key (a typed header then replaces the
  // token bar's instead of arriving next to it). Each subscription opens its own socket with these params.
  function createFetcher(token) {
    var baseFetcher = GraphiQL.createFetcher({
      url: graphqlUrl,
      subscriptionUrl: subscriptionUrl,
      wsConnectionParams: token ? { authorization: 'Bearer ' + token } : {},
    });
    return function (graphQLParams, options) {
      var opts = Object.assign({}, options);
      opts.headers = withAuthorization(opts.headers, token);
      return baseFetcher(graphQLParams, opts);
    };
  }

  var container = document.getElementById('graphiql');
  container.textContent = '';
  var root = ReactDOM.createRoot(container);
  var currentToken = null;

  function render(token) {
    if (token === currentToken) {
      return;
    }
    currentToken = token;
    var props = {
      // A fresh GraphiQL per token: a schema request made with the old token can no longer answer last and
      // leave "Error fetching schema" behind.
      key: token || 'no-token',
      fetcher: createFetcher(token),
      defaultQuery: '# Paste a bearer token above, then run with Ctrl-Enter.\n{\n  interviewers(first: 5) {\n    name\n    countryCode\n  }\n}\n',
      defaultEditorToolsVisibility: true,
    };
    if (!token) {
      // Every request needs a token, so introspecting without one could only fail: GraphiQL is told there is no
      // schema yet (null, not undefined, which would make it fetch one) and introspects once a token is set.
      props.schema = null;
    }
    root.render(React.createElement(GraphiQL, props));
  }

  function applyToken(value, message) {
    var token = normalizeToken(value);
    input.value = token;
    writeToken(token);
    setStatus(message !== undefined ? message : token ? 'token set' : 'no token', false);
    render(token);
  }

  input.value = readToken();
  setStatus(input.value ? 'token set' : 'no token', false);
  render(input.value);

  input.addEventListener('change', function () {
    applyToken(input.value);
  });
  // Enter in the input submits the form: apply the token, never navigate.
  document.getElementById('auth-bar').addEventListener('submit', function (event) {
    event.preventDefault();
    applyToken(input.value);
  });
  showButton.addEventListener('click', function () {
    var hidden = input.type === 'password';
    input.type = hidden ? 'text' : 'password';
    showButton.textContent = hidden ? 'Hide' : 'Show';
  });
  clearButton.addEventListener('click', function () {
    applyToken('');
  });

  var devMeta = document.querySelector('meta[name="panelist-dev-token"]');
  if (devMeta && devMeta.getAttribute('content') === 'on') {
    demoButton.hidden = false;
    demoButton.addEventListener('click', function () {
      demoButton.disabled = true;
      setStatus('requesting…', false);
      fetch(devTokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(DEMO_TOKEN_REQUEST),
      })
        .then(function (response) {
          return response.text().then(function (text) {
            var body = null;
            try {
              body = JSON.parse(text);
            } catch (e) {
              // Reported below.
            }
            if (!response.ok || !body || typeof body.token !== 'string') {
              var reason = body && body.errors && body.errors[0] && body.errors[0].message;
              throw new Error('POST /dev/token: ' + response.status + (reason ? ' ' + reason : ''));
            }
            return body.token;
          });
        })
        .then(function (token) {
          applyToken(token, 'demo token set (RECRUITER, acme)');
        })
        .catch(function (error) {
          setStatus(error.message, true);
        })
        .then(function () {
          demoButton.disabled = false;
        });
    });
  }
})();
