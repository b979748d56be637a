"""The static locator map for PNG, SVG and print, drawn with matplotlib in Web Mercator:
the story's countries, borders, routes, events and named cities, with legend, scale bar
and attribution."""
