// Editor helpers the C# side of BlazorMonaco lacks: lint markers on a model, and a way out of the Tab trap.
window.coursePlatformEditor = (function () {
  'use strict';

  const severities = { error: 8, warning: 4, info: 2, style: 1 };

  function setMarkers(uri, owner, findings) {
    if (!window.monaco) return false;
    const model = monaco.editor.getModel(monaco.Uri.parse(uri));
    if (!model) return false;
    monaco.editor.setModelMarkers(model, owner, findings.map(f => ({
      startLineNumber: f.startLine,
      startColumn: f.startColumn,
      endLineNumber: f.endLine,
      endColumn: f.endColumn,
      severity: severities[f.severity] || 2,
      message: f.message,
      code: { value: f.code, target: monaco.Uri.parse(location.origin + '/rules/' + encodeURIComponent(f.code)) },
      source: 'CoursePlatform',
    })));
    return true;
  }

  // Esc leaves the editor (Ctrl+M, Monaco's own Tab-focus toggle, works too): focus moves to the element
  // named by data-escape-to, unless a Monaco widget (suggestions, find) is open and Esc should close it.
  function onKeyDown(event) {
    if (event.key !== 'Escape') return;
    const host = event.target.closest && event.target.closest('[data-escape-to]');
    if (!host || host.querySelector('.suggest-widget.visible, .find-widget.visible')) return;
    const target = document.getElementById(host.dataset.escapeTo);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }
  document.addEventListener('keydown', onKeyDown, true);

  // The playground's "Try it" buttons hand their snippet over in sessionStorage.
  function takeSnippet() {
    try {
      const text = sessionStorage.getItem('playground-snippet');
      sessionStorage.removeItem('playground-snippet');
      return text;
    } catch { return null; }
  }

  // Drafts kept in the browser as well as on the server: every change is written to localStorage at once, marked
  // unsaved until the server confirms it holds the same text. While the connection is down the copy keeps growing;
  // on the next visit an unsaved copy wins over the server's draft.
  const tracked = new Map();

  function draftStorageKey(key) { return 'courseplatform-draft:' + key; }

  function readDraft(key) {
    try {
      const raw = localStorage.getItem(draftStorageKey(key));
      return raw ? JSON.parse(raw) : null;
    } catch { return null; }
  }

  function writeDraft(key, draft) {
    try { localStorage.setItem(draftStorageKey(key), JSON.stringify(draft)); } catch { /* storage full or disabled */ }
  }

  function trackDraft(key, dockerfileUri, dockerignoreUri) {
    const local = readDraft(key);
    if (!window.monaco) return local;
    const dockerfile = monaco.editor.getModel(monaco.Uri.parse(dockerfileUri));
    const dockerignore = dockerignoreUri ? monaco.editor.getModel(monaco.Uri.parse(dockerignoreUri)) : null;
    if (!dockerfile) return local;
    for (const listener of tracked.get(key) || []) listener.dispose();
    const save = () => writeDraft(key, {
      dockerfile: dockerfile.getValue(),
      dockerignore: dockerignore ? dockerignore.getValue() : null,
      changedAt: Date.now(),
      saved: false,
    });
    tracked.set(key, [dockerfile.onDidChangeContent(save), ...(dockerignore ? [dockerignore.onDidChangeContent(save)] : [])]);
    return local;
  }

  function markDraftSaved(key, dockerfile, dockerignore) {
    const draft = readDraft(key);
    if (draft && draft.dockerfile === dockerfile && (draft.dockerignore ?? null) === (dockerignore ?? null)) {
      draft.saved = true;
      writeDraft(key, draft);
    }
  }

  return { setMarkers, takeSnippet, trackDraft, markDraftSaved };
})();
