(function (d, r) {
  var copy, m = {};
  function get(k) { try { return localStorage.getItem(k); } catch (e) { return m[k]; } }
  function put(k, v) { m[k] = v; try { v ? localStorage.setItem(k, v) : localStorage.removeItem(k); } catch (e) {} }
  function set(a, v) { v ? r.setAttribute(a, v) : r.removeAttribute(a); }
  function sync() {
    var t = get('theme'), s = d.getElementById('theme-select'), c = d.getElementById('show-summaries');
    set('data-theme', t == 'light' || t == 'dark' ? t : '');
    set('data-summaries', get('summaries'));
    if (s) s.value = t || 'system';
    if (c) c.checked = r.hasAttribute('data-summaries');
  }
  sync();
  set('data-js', 'on');
  d.addEventListener('change', function (e) {
    var t = e.target;
    if (t.id == 'theme-select') put('theme', t.value == 'system' ? '' : t.value);
    else if (t.id == 'show-summaries') put('summaries', t.checked ? 'on' : '');
    else return;
    sync();
  });
  d.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('.copy-btn, [data-offline-module]');
    if (!b) return;
    if (b.dataset.offlineModule) import(b.dataset.offlineModule).then(function (m) { m.run(b); });
    else (copy = copy || import(r.getAttribute('data-copy-module'))).then(function (m) { m.copyFrom(b); });
  });
  d.addEventListener('DOMContentLoaded', sync);
  window.addEventListener('pageshow', sync);
  window.addEventListener('load', function () { navigator.serviceWorker && navigator.serviceWorker.register('/sw.js'); });
})(document, document.documentElement);
