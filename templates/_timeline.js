/* Timeline entries pan the map to their event and open its popup (templates/_timeline.html). */
(function () {
  var near = 0.001; /* degrees: events within this share one marker (mapdraw.draw_events) */
  function marker(layer, lat, lon) {
    var found = null;
    if (layer.getLatLng && layer.getPopup && layer.getPopup()) {
      var at = layer.getLatLng();
      if (Math.abs(at.lat - lat) < near && Math.abs(at.lng - lon) < near) { found = layer; }
    }
    if (!found && layer.eachLayer) {
      layer.eachLayer(function (child) { found = found || marker(child, lat, lon); });
    }
    return found;
  }
  function show(button) {
    var gb = window.geobrief;
    if (!gb || !gb.map) { return; }
    var lat = parseFloat(button.dataset.lat), lon = parseFloat(button.dataset.lon);
    if (!isFinite(lat) || !isFinite(lon)) { return; }
    var zoom = Math.max(gb.map.getZoom(), parseFloat(button.dataset.zoom) || 0);
    gb.map.setView([lat, lon], zoom, {animate: false});
    var events = gb.groups && gb.groups.events;
    var found = events && gb.map.hasLayer(events) ? marker(events, lat, lon) : null;
    if (found) { found.openPopup(); }
    var frame = gb.map.getContainer();
    if (frame.scrollIntoView) { frame.scrollIntoView({block: "nearest", behavior: "smooth"}); }
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.timeline-entry");
    if (button) { show(button); }
  });
})();
