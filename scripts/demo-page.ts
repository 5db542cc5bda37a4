// The demo page's HTML: a text box, the highlighted text and a table of linked entities.
// Everything runs in the browser from file:// — a classic <script> loads the bundle, no server.

import { HTML_STYLE } from '../src/render/index.js';

const SAMPLE =
  'أجرى الرئيس الأمريكي جو بايدن اتصالاً هاتفياً مع نظيره الروسي فلاديمير بوتين يوم الجمعة، ' +
  'وطالب روسيا باتخاذ إجراءات ضد مجموعات القرصنة العاملة على أراضيها.\n' +
  'وقال بايدن إن الولايات المتحدة ستدافع عن شبكاتها، فيما قالت موسكو إنها مستعدة للتعاون مع واشنطن.';

const DEMO_STYLE = `
body{max-width:64rem}
textarea{width:100%;box-sizing:border-box;font:inherit;font-size:1.05rem;line-height:1.8;padding:.6rem;border:1px solid #bbb;border-radius:.4rem}
.controls{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:.6rem 0}
button{font:inherit;padding:.2rem 1.2rem;border-radius:.4rem;border:1px solid #345;background:#234;color:#fff;cursor:pointer}
#stats{color:#555;font-size:.9rem}
#output{border:1px solid #ddd;border-radius:.4rem;padding:.8rem 1rem;min-height:4rem}
table{border-collapse:collapse;width:100%;line-height:1.6;margin-bottom:3rem}
th,td{border-bottom:1px solid #e3e3e3;padding:.35rem .5rem;text-align:start}
td.num{text-align:center;font-variant-numeric:tabular-nums}
td.id,td.en{direction:ltr;text-align:right;unicode-bidi:isolate}
td.id{font-family:monospace}
.error{color:#a00}
`;

// The page script: plain ES2020 so it runs as written in any current browser.
const PAGE_SCRIPT = `
(function () {
  var $ = function (id) { return document.getElementById(id); };
  if (typeof kashf === 'undefined') {
    $('output').innerHTML = '<p class="error">kashf.browser.js was not found: run "npm run demo:build".</p>';
    return;
  }
  function cell(row, text, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    if (text instanceof Node) td.appendChild(text); else td.textContent = text;
    row.appendChild(td);
  }
  function run() {
    var text = $('input').value;
    var t0 = performance.now();
    var entities;
    try {
      entities = kashf.extract(text, { nested: $('nested').checked });
    } catch (err) {
      $('output').innerHTML = '';
      $('output').textContent = String(err && err.message || err);
      return;
    }
    var ms = performance.now() - t0;
    $('output').innerHTML = kashf.renderHtmlFragment({ text: text, entities: entities });
    var used = kashf.LABELS.filter(function (l) { return entities.some(function (e) { return e.label === l; }); });
    $('legend').innerHTML = kashf.renderLegend(used);
    var groups = new Map();
    entities.forEach(function (e) {
      // doc:N IDs only group mentions within this text; the table lists knowledge-base links.
      if (!e.id || e.id.indexOf('doc:') === 0) return;
      var g = groups.get(e.id);
      if (!g) { g = { entity: e, count: 0, forms: new Set(), labels: new Map() }; groups.set(e.id, g); }
      g.count++;
      g.forms.add(e.text);
      g.labels.set(e.label, (g.labels.get(e.label) || 0) + 1);
    });
    var rows = Array.from(groups.values()).sort(function (a, b) { return b.count - a.count || a.entity.start - b.entity.start; });
    var body = $('linked').tBodies[0];
    body.textContent = '';
    rows.forEach(function (g) {
      var e = g.entity, tr = document.createElement('tr');
      cell(tr, (e.canonical && e.canonical.ar) || e.text);
      cell(tr, Array.from(g.labels.keys()).sort(function (a, b) { return g.labels.get(b) - g.labels.get(a); }).join('، '));
      var id = document.createTextNode(e.id);
      if (e.url) { id = document.createElement('a'); id.href = e.url; id.target = '_blank'; id.rel = 'noopener noreferrer'; id.textContent = e.id; }
      cell(tr, id, 'id');
      cell(tr, (e.canonical && e.canonical.en) || '', 'en');
      cell(tr, Array.from(g.forms).join('، '));
      cell(tr, String(g.count), 'num');
      body.appendChild(tr);
    });
    $('linked').hidden = rows.length === 0;
    $('stats').textContent = 'الكيانات: ' + entities.length + '، المرتبطة: ' + groups.size + ' — ' + ms.toFixed(1) + ' ملّي ثانية';
  }
  var timer;
  $('input').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 250); });
  $('run').addEventListener('click', run);
  $('nested').addEventListener('change', run);
  run();
})();
`;

/** The demo's index.html. */
export function demoPage(): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kashf — كشف الكيانات المسماة في النص العربي</title>
<style>${HTML_STYLE}${DEMO_STYLE}</style>
</head>
<body>
<h1>kashf — كشف الكيانات المسماة وربطها</h1>
<p>ألصق نصًا عربيًا ليظهر كل كيان ملوّنًا بحسب تصنيفه، مع رابط إلى ويكي بيانات حين يكون مرتبطًا. يجري كل شيء في متصفحك، ولا يُرسل النص إلى أي خادم.</p>
<textarea id="input" rows="7" dir="rtl" lang="ar" aria-label="النص">${SAMPLE}</textarea>
<div class="controls">
<button id="run" type="button">استخرج الكيانات</button>
<label><input id="nested" type="checkbox"> الكيانات المتداخلة</label>
<span id="stats" aria-live="polite"></span>
</div>
<div id="legend"></div>
<section id="output" aria-live="polite"></section>
<h2 style="direction:rtl;font-family:inherit;color:inherit">الكيانات المرتبطة</h2>
<table id="linked">
<thead><tr><th>الكيان</th><th>التصنيف</th><th>المعرّف</th><th>English</th><th>الصيغ في النص</th><th>عدد الإشارات</th></tr></thead>
<tbody></tbody>
</table>
<script src="kashf.browser.js"></script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
