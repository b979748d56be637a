/* The page's links to the map (templates/briefing.html):
   - a timeline entry pans the map to its event and opens the event's popup;
   - any other element with data-place (a row of the places table, a marked mention in
     the source text, a distance) shows that place: the map moves to it and opens its
     tooltip; Enter or Space does the same from the keyboard;
   - hovering or focusing such an element highlights the place's feature on the map. */
(function () {
  var data = JSON.parse(document.getElementById("geobrief-data").textContent);
  var gb = window.geobrief && window.geobrief[data.map];
  if (!gb || !gb.map) { return; }
  var near = 0.001; /* degrees: events within this share one marker (mapdraw.draw_events) */
  var highlight = {color: "#c8102e", weight: 4};

  /* place_id -> {layer, parent}: city dots carry place_id, country shapes iso_a2. */
  var features = {};
  function index(group, key, prefix) {
    if (!group) { return; }
    group.eachLayer(function (geojson) {
      if (!geojson.eachLayer) { return; }
      geojson.eachLayer(function (layer) {
        var p = layer.feature && layer.feature.properties;
        if (p && p[key] && !features[prefix + p[key]]) {
          features[prefix + p[key]] = {layer: layer, parent: geojson};
        }
      });
    });
  }
  index(gb.groups.places, "place_id", "");
  index(gb.groups.countries, "iso_a2", "country:");

  function reveal() {
    var frame = gb.map.getContainer();
    if (frame.scrollIntoView) { frame.scrollIntoView({block: "nearest", behavior: "smooth"}); }
  }
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
  function showEvent(button) {
    var lat = parseFloat(button.dataset.lat), lon = parseFloat(button.dataset.lon);
    if (!isFinite(lat) || !isFinite(lon)) { return; }
    if (isFinite(gb.centre)) {  /* into the map's frame of longitudes (across the date line) */
      lon += 360 * Math.round((gb.centre - lon) / 360);
    }
    var zoom = Math.max(gb.map.getZoom(), parseFloat(button.dataset.zoom) || 0);
    gb.map.setView([lat, lon], zoom, {animate: false});
    var events = gb.groups.events;
    var found = events && gb.map.hasLayer(events) ? marker(events, lat, lon) : null;
    if (found) { found.openPopup(); }
    reveal();
  }
  function showPlace(id) {
    var entry = features[id];
    if (!entry) { return false; }
    var layer = entry.layer;
    if (layer.getLatLng) {
      gb.map.setView(layer.getLatLng(), Math.max(gb.map.getZoom(), 6), {animate: false});
    } else if (layer.getBounds) {
      gb.map.fitBounds(layer.getBounds(), {maxZoom: 6, animate: false});
    }
    if (layer.getPopup && layer.getPopup()) { layer.openPopup(); }
    else if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); }
    reveal();
    return true;
  }
  function setHighlight(element, on) {
    var entry = features[element.dataset.place];
    if (!entry || !entry.layer.setStyle) { return; }
    if (on) {
      entry.layer.setStyle(highlight);
      if (entry.layer.bringToFront) { entry.layer.bringToFront(); }
    } else if (entry.parent.resetStyle) {
      entry.parent.resetStyle(entry.layer);
    }
  }
  function target(event) {
    return event.target.closest && event.target.closest("[data-place]");
  }
  function activate(element) {
    if (element.matches("button.timeline-entry")) { showEvent(element); }
    else { showPlace(element.dataset.place); }
  }

  document.addEventListener("click", function (event) {
    var element = target(event);
    if (element) { activate(element); }
  });
  document.addEventListener("keydown", function (event) {
    var element = target(event);
    if (element && element.tagName !== "BUTTON" && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      activate(element);
    }
  });
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var element = target(event);
      if (element) { setHighlight(element, true); }
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var element = target(event);
      if (element) { setHighlight(element, false); }
    });
  });
})();
