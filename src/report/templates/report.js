(function () {
  'use strict';
  // Filters by level, type and source, with no server: each finding card carries
  // data-level, data-type and data-sources; a card shows when its level and type are
  // ticked and at least one of its sources is.
  var form = document.getElementById('filters');
  if (form) {
    var cards = Array.prototype.slice.call(document.querySelectorAll('.finding[data-level]'));
    var status = document.getElementById('filter-status');
    var empty = document.getElementById('filter-empty');
    var ticked = function (name) {
      var out = {};
      var boxes = form.querySelectorAll('input[name="' + name + '"]');
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].checked) out[boxes[i].value] = true;
      }
      return out;
    };
    var apply = function () {
      var levels = ticked('level');
      var types = ticked('type');
      var sources = ticked('source');
      var shown = 0;
      cards.forEach(function (card) {
        var fromSource = card.getAttribute('data-sources').split(' ').some(function (id) {
          return sources[id];
        });
        var visible = !!(levels[card.getAttribute('data-level')] &&
                         types[card.getAttribute('data-type')] && fromSource);
        card.parentNode.hidden = !visible;
        if (visible) shown++;
      });
      status.textContent = shown === cards.length
          ? 'Showing all ' + cards.length + ' findings'
          : 'Showing ' + shown + ' of ' + cards.length + ' findings';
      empty.hidden = shown !== 0;
    };
    form.addEventListener('change', apply);
    document.getElementById('filter-reset').addEventListener('click', function () {
      var boxes = form.querySelectorAll('input[type="checkbox"]');
      for (var i = 0; i < boxes.length; i++) boxes[i].checked = true;
      apply();
    });
    form.hidden = false;
    apply();
  }

  // Following a link to a claim outlines every piece of that claim in the full text.
  var outline = function () {
    var old = document.querySelectorAll('.is-target');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('is-target');
    var match = /^#claim-(c[0-9]+)$/.exec(window.location.hash);
    if (!match) return;
    var pieces = document.querySelectorAll('[data-claims~="' + match[1] + '"]');
    for (var j = 0; j < pieces.length; j++) pieces[j].classList.add('is-target');
  };
  window.addEventListener('hashchange', outline);
  outline();

  // Printing shows everything: open collapsed sections first.
  window.addEventListener('beforeprint', function () {
    var closed = document.querySelectorAll('details:not([open])');
    for (var i = 0; i < closed.length; i++) closed[i].setAttribute('open', '');
  });
})();
