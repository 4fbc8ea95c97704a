/* Alliances pour la solidarité : ajuste la hauteur des graphiques intégrés (<iframe>) à leur contenu. */
/* global window, document, addEventListener */
(function () {
  if (window.alliancesAjuster) return;
  window.alliancesAjuster = 1;
  var o = new URL(document.currentScript.src).origin, f = document.getElementsByTagName('iframe'), i;
  addEventListener('message', function (e) {
    var h = e.data && e.data['alliances-hauteur'];
    if (e.origin !== o || typeof h != 'number' || !(h > 0)) return;
    for (var j = 0; j < f.length; j++) if (f[j].contentWindow === e.source) f[j].style.height = Math.min(Math.ceil(h), 1e4) + 'px';
  });
  // Frames loaded before this script: ask for their height again.
  for (i = 0; i < f.length; i++) if (f[i].src.indexOf(o + '/') === 0 && f[i].contentWindow) f[i].contentWindow.postMessage('alliances-hauteur?', o);
})();
