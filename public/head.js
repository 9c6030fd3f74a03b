(function (d, K) {
  var r = d.documentElement, copy;
  function saved() { try { return localStorage.getItem(K) || 'system'; } catch (e) { return 'system'; } }
  function apply(t) {
    var s = d.getElementById('theme-select');
    t == 'light' || t == 'dark' ? r.setAttribute('data-theme', t) : r.removeAttribute('data-theme');
    if (s) s.value = t;
  }
  function sync() { apply(saved()); }
  sync();
  r.setAttribute('data-js', '');
  d.addEventListener('change', function (e) {
    var v = e.target.value;
    if (e.target.id != 'theme-select') return;
    try { v == 'system' ? localStorage.removeItem(K) : localStorage.setItem(K, v); } catch (x) {}
    apply(v);
  });
  d.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-copy-module]');
    if (b) (copy = copy || import(b.getAttribute('data-copy-module'))).then(function (m) { m.copyFrom(b); });
  });
  d.addEventListener('DOMContentLoaded', sync);
  window.addEventListener('pageshow', sync);
})(document, 'theme');
