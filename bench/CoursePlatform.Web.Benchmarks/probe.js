// Evaluated in the problem page by the keystroke benchmark (an arrow function Playwright calls with the editor's
// CSS selector). It times one armed keystroke at a time, all in the page's own clock (performance.now()):
//   keyAt     - the keydown, seen by a capturing listener on window before Monaco or the page's scripts see it;
//   markersAt - the server's findings reaching monaco.editor.setModelMarkers (called by editor.js);
//   doneAt    - the first DOM mutation after which the squiggle layer looks exactly like the target signature.
// Monaco draws squiggles in an animation frame; the MutationObserver runs at the end of that frame's script,
// right before the browser paints it.
editorSelector => {
  const overlays = document.querySelector(editorSelector + ' .view-overlays');
  if (!overlays) {
    throw new Error('no Monaco squiggle layer (.view-overlays) under ' + editorSelector);
  }

  // Every squiggle with its class, line (the top of its line element) and horizontal extent.
  const signature = () => Array.from(overlays.querySelectorAll('[class*="squiggly-"]'),
    el => `${el.className}@${el.parentElement.style.top}:${el.style.left}+${el.style.width}`).sort().join('|');

  const probe = { target: null, keyAt: null, markersAt: null, doneAt: null, signature };

  probe.arm = target => {
    probe.target = target;
    probe.keyAt = probe.markersAt = probe.doneAt = null;
  };

  window.addEventListener('keydown', () => {
    if (probe.target !== null && probe.keyAt === null) probe.keyAt = performance.now();
  }, true);

  // editor.js hands the findings to Monaco here (Blazor caches editor.js's own function, so it cannot be wrapped).
  const setModelMarkers = monaco.editor.setModelMarkers;
  monaco.editor.setModelMarkers = function (...args) {
    if (probe.keyAt !== null && probe.markersAt === null) probe.markersAt = performance.now();
    return setModelMarkers.apply(this, args);
  };

  new MutationObserver(() => {
    if (probe.keyAt !== null && probe.doneAt === null && signature() === probe.target) probe.doneAt = performance.now();
  }).observe(overlays, { childList: true, subtree: true, attributes: true, characterData: true });

  window.keystrokeProbe = probe;
}
