/**
 * Zoom and pan for the diagrams of an HTML page: a small self-contained script (no library, no network),
 * allowed by the page's content-security policy through its SHA-256 hash. Buttons zoom out, reset to 100 %,
 * zoom in and fit the frame; Ctrl + wheel zooms; dragging pans. Button names come from the figure's
 * `data-zoom` attribute (labels in the document's language), so the script itself never changes.
 */
import { createHash } from 'node:crypto';

export const ZOOM_SCRIPT = `(function () {
  document.querySelectorAll('figure.diagram .zoom').forEach(function (box) {
    var svg = box.querySelector('svg');
    if (!svg) return;
    var w = svg.width.baseVal.value, h = svg.height.baseVal.value, k = 1, drag = null;
    var names = (box.getAttribute('data-zoom') || '-|100 %|+|[ ]').split('|');
    function set(z) { k = Math.min(8, Math.max(0.2, z)); svg.style.width = (w * k) + 'px'; svg.style.height = (h * k) + 'px'; }
    var bar = document.createElement('div');
    bar.className = 'zoom-bar';
    [['\\u2212', function () { set(k / 1.25); }], ['100 %', function () { set(1); }], ['+', function () { set(k * 1.25); }], ['\\u2922', function () { set(box.clientWidth / w); }]].forEach(function (b, i) {
      var x = document.createElement('button');
      x.type = 'button'; x.textContent = b[0]; x.title = names[i] || b[0]; x.setAttribute('aria-label', names[i] || b[0]);
      x.addEventListener('click', b[1]);
      bar.appendChild(x);
    });
    box.parentNode.insertBefore(bar, box);
    box.addEventListener('wheel', function (e) { if (!e.ctrlKey) return; e.preventDefault(); set(k * (e.deltaY < 0 ? 1.1 : 1 / 1.1)); }, { passive: false });
    box.addEventListener('pointerdown', function (e) { drag = { x: e.clientX, y: e.clientY, l: box.scrollLeft, t: box.scrollTop }; });
    box.addEventListener('pointermove', function (e) { if (!drag) return; box.scrollLeft = drag.l - (e.clientX - drag.x); box.scrollTop = drag.t - (e.clientY - drag.y); });
    window.addEventListener('pointerup', function () { drag = null; });
  });
})();`;

/** The CSP source that allows exactly ZOOM_SCRIPT. */
export const ZOOM_SCRIPT_CSP = `'sha256-${createHash('sha256').update(ZOOM_SCRIPT).digest('base64')}'`;
