// Site behaviour that needs no Blazor circuit: theme, copy buttons, diagrams, table-of-contents tracking.
// Everything is (re)applied on first load and after each Blazor enhanced navigation.
(function () {
  'use strict';

  const root = document.documentElement;
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  function currentTheme() {
    const chosen = root.dataset.theme;
    if (chosen === 'light' || chosen === 'dark') return chosen;
    return darkQuery.matches ? 'dark' : 'light';
  }

  function remembered() {
    try { return localStorage.getItem('theme'); } catch { return null; }
  }

  function applyTheme() {
    const theme = remembered();
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-label', `Switch to ${next} mode`);
      button.title = `Switch to ${next} mode`;
    }
  }

  function toggleTheme() {
    const theme = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = theme;
    try { localStorage.setItem('theme', theme); } catch { /* private mode: the choice lasts for this page only */ }
    applyTheme();
    renderDiagrams();
  }

  // Diagrams: Mermaid replaces the source with an SVG, so the source is kept to redraw in the other theme.
  let diagramRun = Promise.resolve();

  function renderDiagrams() {
    const mermaid = window.mermaid;
    const nodes = Array.from(document.querySelectorAll('pre.mermaid'));
    if (!mermaid || nodes.length === 0) return diagramRun;
    const theme = currentTheme();
    const pending = [];
    for (const node of nodes) {
      if (node.dataset.source === undefined) node.dataset.source = node.textContent;
      if (node.dataset.processed && node.dataset.theme === theme) continue;
      node.removeAttribute('data-processed');
      node.textContent = node.dataset.source;
      node.dataset.theme = theme;
      pending.push(node);
    }
    if (pending.length === 0) return diagramRun;
    diagramRun = diagramRun.then(() => {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme === 'dark' ? 'dark' : 'default' });
      return mermaid.run({ nodes: pending });
    }).then(() => {
      for (const node of pending) node.classList.add('is-rendered');
    }).catch((error) => {
      console.warn('A diagram could not be drawn', error);
    });
    return diagramRun;
  }

  async function copyCode(button) {
    const code = button.closest('.code-block')?.querySelector('pre code');
    if (!code) return;
    const text = code.textContent;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    button.textContent = 'Copied';
    button.classList.add('is-copied');
    setTimeout(() => { button.textContent = 'Copy'; button.classList.remove('is-copied'); }, 2000);
  }

  // Every Dockerfile snippet gets a "Try it" button that opens it in the playground (handed over in sessionStorage).
  function addTryButtons() {
    for (const toolbar of document.querySelectorAll('.code-block .code-toolbar')) {
      const block = toolbar.closest('.code-block');
      if (toolbar.querySelector('.try-button') || !block.querySelector('pre code.language-dockerfile')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'try-button';
      button.textContent = 'Try it';
      button.setAttribute('aria-label', 'Try this Dockerfile in the playground');
      toolbar.insertBefore(button, toolbar.querySelector('.copy-button'));
    }
  }

  function tryCode(button) {
    const code = button.closest('.code-block')?.querySelector('pre code');
    if (!code) return;
    try {
      sessionStorage.setItem('playground-snippet', code.textContent);
      location.href = '/playground';
    } catch {
      location.href = '/playground?code=' + encodeURIComponent(code.textContent);
    }
  }

  // Table of contents: mark the section being read (the last heading scrolled past the top).
  let tocFrame = 0;

  function trackToc() {
    tocFrame = 0;
    const links = document.querySelectorAll('[data-toc-target]');
    if (links.length === 0) return;
    let active = null;
    for (const link of links) {
      const heading = document.getElementById(link.dataset.tocTarget);
      if (heading && heading.getBoundingClientRect().top <= 120) active = link;
    }
    active ??= links[0];
    for (const link of links) {
      if (link === active) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }

  function onScroll() {
    if (!tocFrame) tocFrame = requestAnimationFrame(trackToc);
  }

  // Times are rendered in UTC on the server; show them in the reader's own time zone.
  function localizeTimes() {
    const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    for (const time of document.querySelectorAll('time[data-local-time]')) {
      const date = new Date(time.getAttribute('datetime'));
      if (!Number.isNaN(date.getTime())) time.textContent = format.format(date);
    }
  }

  // "Mark as read" at the end of a lesson. The page itself is cached and the same for everyone, so the reader's
  // own state comes from the API (which keeps it for their account, or for their guest cookie).
  const apiHeaders = { 'X-CoursePlatform': '1' };

  function showReadState(box, read) {
    const button = box.querySelector('[data-read-toggle]');
    const status = box.querySelector('.lesson-read-status');
    box.dataset.read = read ? 'true' : 'false';
    button.hidden = false;
    button.textContent = read ? 'Mark as not read' : 'Mark as read';
    button.setAttribute('aria-pressed', read ? 'true' : 'false');
    status.textContent = read ? 'You have read this lesson.' : '';
  }

  async function loadReadState() {
    const box = document.querySelector('[data-lesson-read]');
    if (!box) return;
    try {
      const response = await fetch(`/api/lessons/${encodeURIComponent(box.dataset.lessonRead)}/read`, { headers: apiHeaders });
      if (response.ok) showReadState(box, (await response.json()).read);
    } catch { /* offline: the button stays hidden */ }
  }

  async function toggleRead(button) {
    const box = button.closest('[data-lesson-read]');
    const read = box.dataset.read !== 'true';
    button.disabled = true;
    try {
      const response = await fetch(`/api/lessons/${encodeURIComponent(box.dataset.lessonRead)}/read`,
        { method: read ? 'PUT' : 'DELETE', headers: apiHeaders });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      showReadState(box, (await response.json()).read);
    } catch {
      box.querySelector('.lesson-read-status').textContent = 'Could not save that: check your connection and try again.';
    } finally {
      button.disabled = false;
    }
  }

  // Marks next to lessons and problems on the outline and under a lesson ("✓ Read", "✓ Solved", "Attempted"). The
  // pages are cached and the same for everyone; the reader's own progress comes from the API.
  async function loadProgressMarks() {
    const marks = document.querySelectorAll('[data-problem-mark], [data-lesson-mark]');
    if (marks.length === 0) return;
    let progress;
    try {
      const response = await fetch('/api/progress', { headers: apiHeaders });
      if (!response.ok) return;
      progress = await response.json();
    } catch { return; }
    const standings = new Map(progress.problems.filter(p => p.standing).map(p => [p.id, p.standing]));
    const read = new Set(progress.lessons.filter(l => l.readAt).map(l => l.slug));
    for (const mark of marks) {
      let text = '';
      let done = false;
      if (mark.dataset.problemMark !== undefined) {
        const standing = standings.get(mark.dataset.problemMark);
        done = !!standing?.solvedAt;
        text = done ? '✓ Solved' : standing ? 'Attempted' : '';
      } else {
        done = read.has(mark.dataset.lessonMark);
        text = done ? '✓ Read' : '';
      }
      mark.textContent = text;
      mark.classList.toggle('mark-done', done);
    }
  }

  function onPageLoad() {
    applyTheme();
    localizeTimes();
    loadReadState();
    loadProgressMarks();
    const details = document.querySelector('.toc-details');
    if (details && window.matchMedia('(max-width: 64rem)').matches) details.open = false;
    trackToc();
    addTryButtons();
    renderDiagrams();
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const toggle = target?.closest('[data-theme-toggle]');
    if (toggle) { toggleTheme(); return; }
    const copy = target?.closest('.copy-button');
    if (copy) { copyCode(copy); return; }
    const tryButton = target?.closest('.try-button');
    if (tryButton) { tryCode(tryButton); return; }
    const readToggle = target?.closest('[data-read-toggle]');
    if (readToggle) { toggleRead(readToggle); return; }
    // The skip link must move keyboard focus, not only scroll (enhanced navigation would only scroll).
    if (target?.closest('.skip-link')) {
      const main = document.getElementById('main');
      if (main) { event.preventDefault(); main.focus(); main.scrollIntoView(); }
    }
  });
  window.addEventListener('scroll', onScroll, { passive: true });
  darkQuery.addEventListener('change', () => { applyTheme(); renderDiagrams(); });

  window.coursePlatform = { renderDiagrams, currentTheme, localizeTimes };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', onPageLoad);
  } else {
    onPageLoad();
  }
  document.addEventListener('DOMContentLoaded', () => {
    window.Blazor?.addEventListener('enhancedload', onPageLoad);
  });
})();
