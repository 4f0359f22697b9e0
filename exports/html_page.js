// Page behaviour for aikg's interactive graph export.
// Every article-derived string is put into the DOM as a text node; links
// are created only for http(s) URLs. `window.aikg` exposes the network and
// its data sets so the page can be scripted and tested.
(function () {
  "use strict";

  var timings = { scriptStart: performance.now() };
  var data = JSON.parse(document.getElementById("aikg-data").textContent);
  timings.dataParsed = performance.now();
  var state = {
    relations: new Set(data.legend.relations.map(function (r) { return r.name; })),
    types: new Set(data.legend.entities.map(function (e) { return e.name; })),
    minConfidence: 0
  };
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return state.types.has(n.group); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return state.relations.has(e.predicate) && e.confidence >= state.minConfidence; }
  });
  timings.dataSets = performance.now();
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  timings.network = performance.now();
  var api = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, state: state,
    firstDrawMs: null, timings: timings, stabilized: !data.options.physics.enabled,
    findEntity: findEntity, focusEntity: focusEntity, showDetails: showDetails, visibleCounts: visibleCounts
  };
  window.aikg = api;

  // ---- DOM helpers: text only, never markup -------------------------------

  function el(tag, className) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    for (var i = 2; i < arguments.length; i++) { append(node, arguments[i]); }
    return node;
  }

  function append(parent, child) {
    if (child === null || child === undefined) { return; }
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }

  function safeHref(url) {
    if (typeof url !== "string") { return null; }
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (err) {
      return null;
    }
  }

  function link(url, text) {
    var href = safeHref(url);
    if (!href) { return null; }
    var a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer nofollow";
    return a;
  }

  function hostname(url) {
    var href = safeHref(url);
    return href ? new URL(href).hostname : null;
  }

  function facts(rows) {
    var dl = el("dl");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") { return; }
      dl.appendChild(el("dt", null, row[0]));
      dl.appendChild(el("dd", row[2] || null, row[1]));
    });
    return dl;
  }

  // ---- cards for tooltips (short) and the details panel (full, with links) --

  function nodeCard(node, full) {
    var wikidata = null;
    if (node.wikidata) {
      wikidata = full ? link("https://www.wikidata.org/wiki/" + node.wikidata, node.wikidata) : node.wikidata;
    }
    return el("div", "card", el("h2", null, node.label), facts([
      ["Type", node.group],
      ["Id", full ? node.id : null],
      ["Aliases", (node.aliases || []).join(", ")],
      ["Wikidata", wikidata],
      ["Mentioned in", node.mentions === null || node.mentions === undefined ? null : node.mentions + " articles"],
      ["Relations", String(node.degree)]
    ]));
  }

  function edgeTitle(edge) {
    var from = nodes.get(edge.from), to = nodes.get(edge.to);
    var arrow = edge.arrows ? " → " : " ↔ ";
    return (from ? from.label : edge.from) + " " + edge.predicate + arrow + (to ? to.label : edge.to);
  }

  function edgeFacts(edge) {
    var rows = [
      ["Relation", edge.predicate + (edge.arrows ? " (directed)" : " (symmetric)")],
      ["Status", (edge.status === "ended" ? "✗ " : "") + edge.status, edge.status === "ended" ? "marked" : null],
      ["Negated", edge.negated ? "✗ yes: the text says it does not hold" : null, "marked"],
      ["Confidence", edge.confidence.toFixed(2)],
      ["Evidence", edge.evidence_count + (edge.evidence_count === 1 ? " sentence" : " sentences")],
      ["First seen", edge.first_seen],
      ["Last seen", edge.last_seen]
    ];
    Object.keys(edge.attributes || {}).forEach(function (key) {
      rows.push([key, String(edge.attributes[key])]);
    });
    return facts(rows);
  }

  function evidenceBlock(item, full) {
    var source = el("div", "source", item.title || "untitled article");
    if (item.date) { append(source, " — " + item.date); }
    var anchor = full ? link(item.url, "open article") : null;
    var host = full ? null : hostname(item.url);
    if (anchor) { append(source, " — "); source.appendChild(anchor); }
    if (host) { append(source, " — " + host); }
    return el("div", "evidence", el("blockquote", null, item.sentence), source);
  }

  function edgeCard(edge, full) {
    var card = el("div", "card", el("h2", null, edgeTitle(edge)), edgeFacts(edge));
    var shown = full ? edge.evidence : edge.evidence.slice(0, 2);
    shown.forEach(function (item) { card.appendChild(evidenceBlock(item, full)); });
    var more = edge.evidence_more + edge.evidence.length - shown.length;
    if (more > 0) { card.appendChild(el("p", "more", "+ " + more + " more in the store")); }
    return card;
  }

  // ---- tooltip and details panel -------------------------------------------

  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");
  var pointer = { x: 0, y: 0 };

  function placeTooltip() {
    var x = pointer.x + 14, y = pointer.y + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth) { x = Math.max(0, pointer.x - w - 14); }
    if (y + h > window.innerHeight) { y = Math.max(0, pointer.y - h - 14); }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  function showTooltip(card) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    placeTooltip();
  }

  function hideTooltip() { tooltip.hidden = true; }

  function showDetails(target) {
    var card = null;
    if (target.node !== undefined && nodes.get(target.node)) { card = nodeCard(nodes.get(target.node), true); }
    if (target.edge !== undefined && edges.get(target.edge)) { card = edgeCard(edges.get(target.edge), true); }
    if (card) { details.replaceChildren(card); }
    return card !== null;
  }

  container.addEventListener("mousemove", function (ev) {
    pointer = { x: ev.clientX, y: ev.clientY };
    if (!tooltip.hidden) { placeTooltip(); }
  });
  network.on("hoverNode", function (p) { showTooltip(nodeCard(nodes.get(p.node), false)); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(edges.get(p.edge), false)); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTooltip); });
  network.on("click", function (p) {
    if (p.nodes.length) { showDetails({ node: p.nodes[0] }); } else if (p.edges.length) { showDetails({ edge: p.edges[0] }); }
  });

  // ---- search ---------------------------------------------------------------

  var searchStatus = document.getElementById("search-status");

  function findEntity(query) {
    var q = String(query || "").trim().toLocaleLowerCase();
    if (!q) { return null; }
    var all = nodes.get();
    var tests = [
      function (n) { return String(n.id).toLocaleLowerCase() === q; },
      function (n) { return n.label.toLocaleLowerCase() === q; },
      function (n) { return (n.aliases || []).some(function (a) { return a.toLocaleLowerCase() === q; }); },
      function (n) { return n.label.toLocaleLowerCase().indexOf(q) !== -1; }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hit = all.find(tests[i]);
      if (hit) { return hit; }
    }
    return null;
  }

  function focusEntity(query) {
    var node = findEntity(query);
    if (!node) {
      searchStatus.textContent = "No entity matches “" + String(query).trim() + "”.";
      return null;
    }
    searchStatus.textContent = "";
    if (!state.types.has(node.group)) { setEntityType(node.group, true); }
    network.selectNodes([node.id]);
    network.focus(node.id, { scale: 1.5, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showDetails({ node: node.id });
    return node.id;
  }

  var datalist = document.getElementById("entity-names");
  var searchInput = document.getElementById("search");
  searchInput.addEventListener("focus", function () {
    if (datalist.childElementCount) { return; }
    var names = Array.from(new Set(nodes.get().map(function (n) { return n.label; }))).sort();
    var fragment = document.createDocumentFragment();
    names.slice(0, 20000).forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      fragment.appendChild(option);
    });
    datalist.appendChild(fragment);
  });
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    focusEntity(searchInput.value);
  });

  // ---- filters and legend --------------------------------------------------

  var statsLine = document.getElementById("stats");
  var statsPending = false;

  function visibleCounts() {
    return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
  }

  function updateStats() {
    statsPending = false;
    var counts = visibleCounts();
    statsLine.textContent = counts.nodes + " of " + nodes.length + " entities · " +
      counts.edges + " of " + edges.length + " relations shown";
  }

  function scheduleStats() {
    if (!statsPending) { statsPending = true; window.requestAnimationFrame(updateStats); }
  }

  function filterRow(name, count, marker, onToggle) {
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = name;
    box.addEventListener("change", function () { onToggle(name, box.checked); });
    var row = el("label", null, box, marker, el("span", "name", name), el("span", "count", String(count)));
    return { row: row, box: box };
  }

  function setRelation(name, on) {
    if (on) { state.relations.add(name); } else { state.relations.delete(name); }
    edgeView.refresh();
    scheduleStats();
  }

  var typeBoxes = {};

  function setEntityType(name, on) {
    if (on) { state.types.add(name); } else { state.types.delete(name); }
    if (typeBoxes[name]) { typeBoxes[name].checked = on; }
    nodeView.refresh();
    scheduleStats();
  }

  function buildFilters() {
    var relationBox = document.getElementById("relation-filters");
    data.legend.relations.forEach(function (r) {
      var swatch = el("span", "swatch");
      swatch.style.backgroundColor = r.colour;
      var f = filterRow(r.name, r.count, swatch, setRelation);
      f.box.dataset.relation = r.name;
      f.row.title = r.symmetric ? "symmetric (no arrow)" : "directed (arrow)";
      relationBox.appendChild(f.row);
    });
    var entityBox = document.getElementById("entity-filters");
    data.legend.entities.forEach(function (t) {
      var symbol = el("span", "symbol", t.symbol);
      symbol.style.color = t.colour;
      var f = filterRow(t.name, t.count, symbol, setEntityType);
      f.box.dataset.entityType = t.name;
      typeBoxes[t.name] = f.box;
      entityBox.appendChild(f.row);
    });
  }

  function bindConfidence() {
    var slider = document.getElementById("confidence");
    var output = document.getElementById("confidence-value");
    slider.addEventListener("input", function () {
      state.minConfidence = parseFloat(slider.value);
      output.textContent = state.minConfidence.toFixed(2);
      edgeView.refresh();
      scheduleStats();
    });
  }

  buildFilters();
  bindConfidence();

  // ---- lifecycle: draw once, settle once, then stop ------------------------

  network.once("afterDrawing", function () {
    api.firstDrawMs = performance.now();
    updateStats();
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    api.stabilized = true;
  });
})();
