// gongkai.js: progressive enhancement only. Every page works fully without it.
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');

  // On narrow screens the main navigation folds behind a button. The button
  // is created here so that no dead control exists when scripts are off.
  function setUpNavToggle(nav) {
    var list = nav.querySelector('.main-nav-list');
    if (!list || !list.id) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'nav-toggle';
    button.textContent = '栏目导航';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', list.id);
    button.addEventListener('click', function () {
      var open = nav.classList.toggle('is-open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    list.parentNode.insertBefore(button, list);
  }

  // <form data-confirm="确定删除该用户吗？"> asks before submitting; without
  // scripts the form submits directly and the server still validates.
  function onSubmit(event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) event.preventDefault();
  }

  function init() {
    var navs = document.querySelectorAll('[data-collapsible-nav]');
    for (var i = 0; i < navs.length; i++) setUpNavToggle(navs[i]);
    document.addEventListener('submit', onSubmit);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  // Letters: a print button where the page offers one (Ctrl+P works without it).
  Array.prototype.forEach.call(document.querySelectorAll('[data-print-slot]'), function (slot) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-secondary';
    button.textContent = '打印';
    button.addEventListener('click', function () { window.print(); });
    slot.insertBefore(button, slot.firstChild);
  });
})();
