/* The map's own behaviour, run once per map with gb = {map, groups, control, centre,
   bounds} (geobrief.render.web.kit.Registry):
   - the map fits the story's bounds, clear of the layer control (open or folded);
   - the vector layers stay stacked countries < borders < routes < places;
   - the layer control stays open on a wide map and folds into its button on a narrow one;
   - names are placed for the map's real size, and again whenever the view changes (zoom,
     pan, resize, a layer switched on or off). Each place's name, the most important
     first, goes on the first side (right, left, above, below, then the corners) where it
     stays inside the frame and covers no other name, no place's dot, no event or
     arrowhead and no control; then each country's name, at its label point or moved by
     up to two lines or half its length while it stays inside the country, on the same
     terms. A name with no room is hidden (its place's dot
     names it on hover), but for the most important place's: it may cover dots. */
function (gb) {
  var map = gb.map, WIDE = 800, PAD = 1, CELL = 64, placing = false;
  var COUNTRY_MOVES = [[0, 0], [0, -1], [0, 1], [0, -2], [0, 2], [-0.5, 0], [0.5, 0],
    [-0.5, -1], [0.5, -1], [-0.5, 1], [0.5, 1]];  /* in widths and heights of the name */

  function stack() {
    ["countries", "borders", "routes", "places"].forEach(function (key) {
      if (map.hasLayer(gb.groups[key])) { gb.groups[key].bringToFront(); }
    });
  }

  var collapse = gb.control.collapse;
  function wide() { return map.getSize().x >= WIDE; }
  gb.control.collapse = function () { return wide() ? this : collapse.call(this); };
  function fold() {
    if (wide()) { gb.control.expand(); } else { collapse.call(gb.control); }
  }

  /* Boxes [x0, y0, x1, y1] in container pixels, filed under the grid cells they touch. */
  function Grid() { this.cells = {}; }
  Grid.prototype.keys = function (b, visit) {
    for (var gx = Math.floor(b[0] / CELL); gx <= Math.floor(b[2] / CELL); gx++) {
      for (var gy = Math.floor(b[1] / CELL); gy <= Math.floor(b[3] / CELL); gy++) {
        if (visit(gx + ":" + gy)) { return true; }
      }
    }
    return false;
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b, function (key) { (cells[key] = cells[key] || []).push(b); return false; });
  };
  Grid.prototype.hits = function (b) {
    var cells = this.cells;
    return this.keys(b, function (key) {
      return (cells[key] || []).some(function (o) {
        return b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
      });
    });
  };

  function each(key, visit) {
    var group = gb.groups[key];
    if (!group || !map.hasLayer(group)) { return; }
    group.eachLayer(function (geojson) {
      if (geojson.eachLayer) { geojson.eachLayer(visit); }
    });
  }

  /* The open name labels, places first, each kind by its rank; a country's name knows
     its country's shape (label_of). */
  function labels() {
    var found = [], shapes = {};
    each("countries", function (layer) {
      var p = layer.feature && layer.feature.properties;
      if (p && p.iso_a2 && layer.getLatLngs) { shapes[p.iso_a2] = layer; }
    });
    ["places", "countries"].forEach(function (key, kind) {
      each(key, function (layer) {
        var p = layer.feature && layer.feature.properties;
        var tip = layer.getTooltip && layer.getTooltip();
        if (p && p.label && tip && tip.isOpen() && tip.getElement()) {
          found.push({tip: tip, gap: p.label_gap || 0, kind: kind, rank: p.label_rank || 0,
            shape: p.label_of ? shapes[p.label_of] : null});
        }
      });
    });
    return found.sort(function (a, b) { return a.kind - b.kind || a.rank - b.rank; });
  }

  /* Whether a country's name may move to centre c (container pixels): into the country,
     or near it when the country is too small on the map to hold its name. */
  function within(shape, c, w, h) {
    if (inside(shape.getLatLngs(), map.containerPointToLatLng(c))) { return true; }
    var bounds = shape.getBounds(), a = map.latLngToContainerPoint(bounds.getNorthWest());
    var b = map.latLngToContainerPoint(bounds.getSouthEast());
    var small = b.x - a.x < 2 * w && b.y - a.y < 4 * h;
    return small && c.x > a.x - h && c.x < b.x + h && c.y > a.y - h && c.y < b.y + h;
  }

  /* Whether a point is inside a (multi)polygon's rings (even-odd, in degrees). */
  function inside(rings, p) {
    var odd = false;
    (function walk(ring) {
      if (!ring.length || !(ring[0] instanceof L.LatLng)) { ring.forEach(walk); return; }
      for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        var a = ring[i], b = ring[j];
        if ((a.lat > p.lat) !== (b.lat > p.lat) &&
            p.lng < (b.lng - a.lng) * (p.lat - a.lat) / (b.lat - a.lat) + a.lng) { odd = !odd; }
      }
    })(rings);
    return odd;
  }

  /* What a name may not cover: the marks (dots, events, arrowheads, arrivals) and the
     controls. */
  function obstacles() {
    var marks = new Grid(), controls = new Grid();
    var frame = map.getContainer().getBoundingClientRect();
    each("places", function (layer) {
      if (layer.getRadius && layer.feature && layer.feature.properties.place_id) {
        var c = map.latLngToContainerPoint(layer.getLatLng()), r = layer.getRadius() + 1;
        marks.add([c.x - r, c.y - r, c.x + r, c.y + r]);
      }
    });
    var found = map.getContainer().querySelectorAll(".gb-event, .gb-arrow, .gb-arrival, .gb-departure, .leaflet-control");
    Array.prototype.forEach.call(found, function (element) {
      var r = element.getBoundingClientRect();
      var grid = L.DomUtil.hasClass(element, "leaflet-control") ? controls : marks;
      if (r.width || r.height) {
        grid.add([r.left - frame.left, r.top - frame.top, r.right - frame.left,
          r.bottom - frame.top]);
      }
    });
    return {marks: marks, controls: controls};
  }

  /* [direction, offset, box] for each place the name may take, in order. */
  function choices(label, c, w, h) {
    var g = label.gap;
    var at = label.kind ? COUNTRY_MOVES.map(function (m) {
      return ["center", m[0] * w, m[1] * h];
    }) : [
      ["right", g, 0], ["left", -g, 0], ["top", 0, -g], ["bottom", 0, g],
      ["right", g, -g - h / 2], ["right", g, g + h / 2], ["left", -g, -g - h / 2],
      ["left", -g, g + h / 2]];
    return at.map(function (a) {
      var x = c.x + a[1], y = c.y + a[2], side = a[0];
      var x0 = side === "right" ? x : side === "left" ? x - w : x - w / 2;
      var y0 = side === "top" ? y - h : side === "bottom" ? y : y - h / 2;
      return [side, [a[1], a[2]], [x0, y0, x0 + w, y0 + h]];
    });
  }

  function show(label, choice) {
    var tip = label.tip, element = tip.getElement(), o = tip.options;
    if (!choice) { L.DomUtil.addClass(element, "gb-off"); return; }
    var offset = L.point(choice[1]);
    if (o.direction !== choice[0] || !L.point(o.offset).equals(offset)) {
      o.direction = choice[0];
      o.offset = offset;
      tip.update();
    }
    L.DomUtil.removeClass(element, "gb-off");
  }

  function place() {
    if (placing) { return; }
    placing = true;
    var size = map.getSize(), found = labels(), blocked = obstacles(), names = new Grid();
    function free(box, marks) {
      var b = [box[0] - PAD, box[1] - PAD, box[2] + PAD, box[3] + PAD];
      return b[0] >= 0 && b[1] >= 0 && b[2] <= size.x && b[3] <= size.y && !names.hits(b) &&
        !blocked.controls.hits(b) && !(marks && blocked.marks.hits(b));
    }
    var sizes = found.map(function (label) {  /* read every size before moving any */
      var element = label.tip.getElement();
      return [element.offsetWidth, element.offsetHeight];
    });
    found.forEach(function (label, i) {
      var c = map.latLngToContainerPoint(label.tip.getLatLng());
      var options = choices(label, c, sizes[i][0], sizes[i][1]).filter(function (o, k) {
        if (!label.kind || k === 0) { return true; }  /* a country's name stays in it */
        var b = o[2];
        return label.shape && within(label.shape, L.point((b[0] + b[2]) / 2, (b[1] + b[3]) / 2),
          b[2] - b[0], b[3] - b[1]);
      });
      var chosen = options.filter(function (o) { return free(o[2], true); })[0];
      if (!chosen && i === 0) {  /* the most important name, over dots if it must */
        chosen = options.filter(function (o) { return free(o[2], false); })[0];
      }
      if (chosen) { names.add(chosen[2]); }
      show(label, chosen || null);
    });
    placing = false;
  }

  function refresh() { fold(); place(); }
  function fit() {  /* the story in view, beside the open layer control, below its button */
    var box = gb.control.getContainer(), open = wide();
    var right = open ? box.offsetWidth + 10 : 0, top = open ? 32 : box.offsetHeight + 20;
    map.fitBounds(gb.bounds, {paddingTopLeft: [24, Math.max(top, 32)],
      paddingBottomRight: [24 + right, 24], animate: false});
  }
  map.on("overlayadd", stack);
  map.on("moveend zoomend overlayadd overlayremove", place);
  map.on("resize", refresh);
  stack();
  fold();
  fit();
  place();
}
