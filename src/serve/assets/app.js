// vnews serve: progressive enhancement. Every page works without this file; with it,
//  - the search page updates its results while the researcher types (the server renders
//    them; the address bar keeps the shareable URL), and
//  - on an article, pointing at a value (in the text or in the list beside it) lights up
//    every mention of it.
'use strict';

(function () {
  var form = document.querySelector('body.page-search form.search');
  var results = document.getElementById('results');
  if (form && results) {
    var timer = 0;
    var current = null;
    var queryOf = function () {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (typeof value === 'string' && value.trim()) params.append(key, value.trim());
      });
      return params.toString();
    };
    var refresh = function () {
      var q = queryOf();
      var url = '/search' + (q ? '?' + q : '');
      if (current) current.abort();
      current = new AbortController();
      fetch(url + (q ? '&' : '?') + 'fragment=results', { headers: { Accept: 'text/html' }, signal: current.signal })
        .then(function (res) {
          return res.ok ? res.text() : null;
        })
        .then(function (text) {
          if (text === null) return;
          var doc = new DOMParser().parseFromString(text, 'text/html');
          var fresh = doc.getElementById('results');
          if (!fresh) return;
          results.replaceWith(fresh);
          results = fresh;
          history.replaceState(null, '', url);
        })
        .catch(function () {});
    };
    form.addEventListener('input', function (e) {
      if (!e.target || e.target.name !== 'text') return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 350);
    });
  }

  var text = document.querySelector('.record .text');
  if (text) {
    var light = function (key, on) {
      document.querySelectorAll('[data-e="' + key + '"]').forEach(function (el) {
        el.classList.toggle('lit', on);
      });
    };
    var keyOf = function (target) {
      var el = target && target.closest ? target.closest('[data-e]') : null;
      return el ? el.getAttribute('data-e') : null;
    };
    var last = null;
    var point = function (e) {
      var key = keyOf(e.target);
      if (key === last) return;
      if (last) light(last, false);
      last = key;
      if (key) light(key, true);
    };
    document.addEventListener('mouseover', point);
    document.addEventListener('focusin', point);
  }
})();
