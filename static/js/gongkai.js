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

  function button(label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-secondary btn-small';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  // Letters and articles: a print button where the page offers one (Ctrl+P
  // works without it).
  Array.prototype.forEach.call(document.querySelectorAll('[data-print-slot]'), function (slot) {
    slot.insertBefore(button('打印', function () { window.print(); }), slot.firstChild);
  });

  // 复制链接: copies the page's address; says so in a live region.
  Array.prototype.forEach.call(document.querySelectorAll('[data-copy-slot]'), function (slot) {
    if (!navigator.clipboard || !window.isSecureContext) return;
    var status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    slot.appendChild(button('复制链接', function () {
      navigator.clipboard.writeText(window.location.href).then(function () {
        status.textContent = '已复制本页链接';
      }, function () {
        status.textContent = '复制失败，请从地址栏复制';
      });
    }));
    slot.appendChild(status);
  });

  // 朗读全文: reads the article aloud in the browser (Web Speech API, a
  // zh-CN voice when there is one), paragraph by paragraph, marking the one
  // being read; pause, resume and stop. Absent where the browser cannot speak.
  function setUpReadAloud(slot, article) {
    var synth = window.speechSynthesis;
    var blocks = Array.prototype.filter.call(
      article.querySelectorAll('h1, h2, h3, h4, p, li, caption, th, td, dt, dd, figcaption'),
      function (el) {
        return !el.closest('.sr-only, [hidden], .no-print') && el.textContent.trim() !== '' &&
          !el.parentElement.closest('p, li, th, td, dd, figcaption');
      });
    if (blocks.length === 0) return;
    var index = -1;
    var state = 'idle';
    var start = button('朗读全文', onStart);
    var pause = button('暂停', onPause);
    var stop = button('停止', onStop);
    var status = document.createElement('span');
    status.className = 'read-status';
    status.setAttribute('role', 'status');
    pause.hidden = true;
    stop.hidden = true;
    slot.appendChild(start);
    slot.appendChild(pause);
    slot.appendChild(stop);
    slot.appendChild(status);

    function voice() {
      var voices = synth.getVoices();
      for (var i = 0; i < voices.length; i++) if (/^zh(-|_)CN/i.test(voices[i].lang)) return voices[i];
      for (var j = 0; j < voices.length; j++) if (/^zh/i.test(voices[j].lang)) return voices[j];
      return null;
    }
    function mark(i) {
      if (index >= 0 && blocks[index]) blocks[index].classList.remove('is-reading');
      index = i;
      if (i >= 0 && blocks[i]) {
        blocks[i].classList.add('is-reading');
        blocks[i].scrollIntoView({ block: 'nearest' });
      }
    }
    function show(now) {
      state = now;
      start.hidden = now !== 'idle';
      pause.hidden = now === 'idle';
      stop.hidden = now === 'idle';
      pause.textContent = now === 'paused' ? '继续' : '暂停';
      status.textContent = now === 'idle' ? '' : (now === 'paused' ? '已暂停朗读' : '正在朗读');
    }
    function speak(i) {
      if (i >= blocks.length) { onStop(); return; }
      mark(i);
      var u = new SpeechSynthesisUtterance(blocks[i].textContent.replace(/\s+/g, ' ').trim());
      u.lang = 'zh-CN';
      var v = voice();
      if (v) u.voice = v;
      u.onend = function () { if (state === 'reading' && index === i) speak(i + 1); };
      synth.speak(u);
    }
    function onStart() {
      synth.cancel();
      show('reading');
      speak(0);
    }
    function onPause() {
      if (state === 'reading') { synth.pause(); show('paused'); } else { synth.resume(); show('reading'); }
    }
    function onStop() {
      show('idle');
      synth.cancel();
      mark(-1);
    }
    window.addEventListener('pagehide', function () { synth.cancel(); });
  }

  var article = document.querySelector('[data-read-aloud]');
  var readSlot = document.querySelector('[data-read-slot]');
  if (article && readSlot && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
    setUpReadAloud(readSlot, article);
  }
})();
