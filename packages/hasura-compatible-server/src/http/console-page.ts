/**
 * GET /console: a small self-contained GraphQL console (no CDN: the machine may have no
 * internet). It sends the admin secret header, runs queries, and browses the schema.
 */
export function consolePage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphQL console · hasura-compatible-server</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body{margin:0;font:14px system-ui,sans-serif;display:flex;flex-direction:column;height:100vh;color:#1c2333}
 header{display:flex;gap:8px;align-items:center;padding:8px 12px;background:#1c2333;color:#fff}
 header input{font:inherit;padding:4px 6px;border-radius:4px;border:1px solid #556}
 header button{font:inherit;padding:4px 14px;border-radius:4px;border:0;background:#3fb68b;color:#fff;cursor:pointer}
 main{flex:1;display:grid;grid-template-columns:1fr 1fr 320px;min-height:0}
 section{display:flex;flex-direction:column;min-height:0;border-right:1px solid #ddd}
 label{padding:4px 8px;background:#f3f4f7;font-size:12px;color:#556}
 textarea,pre{flex:1;margin:0;padding:8px;border:0;font:13px ui-monospace,monospace;resize:none;overflow:auto}
 #vars,#headers{flex:0 0 90px;border-top:1px solid #ddd}
 #docs{overflow:auto;padding:8px;font-size:13px}
 #docs a{cursor:pointer;color:#2563eb}
 .field{margin:2px 0}
</style></head>
<body>
<header><strong>GraphQL console</strong>
 <input id="secret" type="password" placeholder="x-hasura-admin-secret" size="34">
 <input id="role" placeholder="x-hasura-role (optional)" size="18">
 <button id="run" title="Ctrl+Enter">Run</button><span id="status"></span></header>
<main>
 <section><label>Query</label><textarea id="query" spellcheck="false">query {
  __typename
}</textarea>
 <label>Variables (JSON)</label><textarea id="vars" spellcheck="false">{}</textarea>
 <label>Extra headers (JSON)</label><textarea id="headers" spellcheck="false">{}</textarea></section>
 <section><label>Result</label><pre id="result"></pre></section>
 <section><label>Schema (query_root)</label><div id="docs">Run a query or press Schema to load.</div></section>
</main>
<script>
const $ = (id) => document.getElementById(id);
// The admin secret lives for this browser session only (sessionStorage), never in localStorage.
localStorage.removeItem('hcs.secret');
$('secret').value = sessionStorage.getItem('hcs.secret') || '';
$('query').value = localStorage.getItem('hcs.query') || $('query').value;
function headers() {
  const h = { 'content-type': 'application/json' };
  if ($('secret').value) h['x-hasura-admin-secret'] = $('secret').value;
  if ($('role').value) h['x-hasura-role'] = $('role').value;
  try { Object.assign(h, JSON.parse($('headers').value || '{}')); } catch (e) { throw new Error('Extra headers: ' + e.message); }
  return h;
}
async function post(body) {
  const res = await fetch('../v1/graphql', { method: 'POST', headers: headers(), body: JSON.stringify(body) });
  return res.json();
}
async function run() {
  sessionStorage.setItem('hcs.secret', $('secret').value);
  localStorage.setItem('hcs.query', $('query').value);
  $('status').textContent = '…';
  try {
    const t = performance.now();
    const out = await post({ query: $('query').value, variables: JSON.parse($('vars').value || '{}') });
    $('result').textContent = JSON.stringify(out, null, 2);
    $('status').textContent = Math.round(performance.now() - t) + ' ms';
    loadDocs();
  } catch (e) { $('result').textContent = String(e); $('status').textContent = ''; }
}
function typeName(t) { return t.kind === 'NON_NULL' ? typeName(t.ofType) + '!' : t.kind === 'LIST' ? '[' + typeName(t.ofType) + ']' : t.name; }
let types = null;
async function loadDocs() {
  if (types) return;
  const out = await post({ query: '{ __schema { queryType { name } types { name kind fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } inputFields { name type { kind name ofType { kind name ofType { kind name } } } } enumValues { name } } } }' });
  if (!out.data) { $('docs').textContent = JSON.stringify(out.errors); return; }
  types = new Map(out.data.__schema.types.map((t) => [t.name, t]));
  show('query_root');
}
function base(t) { while (t.ofType) t = t.ofType; return t.name; }
function show(name) {
  const t = types.get(name); const d = $('docs'); d.innerHTML = '';
  const h = document.createElement('h3'); h.textContent = name + ' (' + t.kind + ')'; d.appendChild(h);
  if (name !== 'query_root') { const back = document.createElement('a'); back.textContent = '← query_root'; back.onclick = () => show('query_root'); d.appendChild(back); }
  for (const f of t.fields || t.inputFields || []) {
    const row = document.createElement('div'); row.className = 'field';
    const a = document.createElement('a'); a.textContent = typeName(f.type); a.onclick = () => show(base(f.type));
    row.append(f.name + (f.args && f.args.length ? '(' + f.args.map((x) => x.name).join(', ') + ')' : '') + ': ', a);
    d.appendChild(row);
  }
  for (const v of t.enumValues || []) { const row = document.createElement('div'); row.textContent = v.name; d.appendChild(row); }
}
$('run').onclick = run;
document.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') run(); });
</script></body></html>`;
}
