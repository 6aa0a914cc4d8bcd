// marsad dashboard: plain ES module over the read-only API; d3 and topojson are vendored globals.
/* global d3, topojson */

const state = { summary: null, months: [], view: "network", eventsOffset: 0, pageSize: 50,
  selectedNode: null, selectedEdge: null, currentEvent: null, networkTimer: null };
const $ = (sel) => document.querySelector(sel);
const QUADS_COOP = new Set(["verbal_cooperation", "material_cooperation"]);

// ---------- helpers ----------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return node;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x)); else q.append(k, v);
  }
  return q.toString();
}

async function api(path, params = {}) {
  const qs = query(params);
  const res = await fetch(`/api/${path}${qs ? "?" + qs : ""}`);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const entities = (list) => list.map((a) => `${a.code ?? "?"}${a.sector ? "-" + a.sector : ""} ${a.entity_text}`).join(" | ");
const isCoop = (quad) => QUADS_COOP.has(quad);

// The time window (month slider) and the global type filter, applied to network, map and timeline.
function windowParams() {
  const from = +$("#win-from").value, to = +$("#win-to").value;
  const params = {};
  if (state.months.length) {
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    params.since = d3.timeFormat("%Y-%m-%d")(state.months[a]);
    params.until = d3.timeFormat("%Y-%m-%d")(d3.timeDay.offset(d3.timeMonth.offset(state.months[b], 1), -1));
  }
  const type = $("#global-type").value;
  if (type) params.type = type;
  return params;
}

function showWindowLabel() {
  const p = windowParams();
  $("#win-label").textContent = p.since ? `${p.since} — ${p.until}` : "all dates";
}

// ---------- views ----------
function showView(view) {
  if (view !== state.view) $("#selection-table").replaceChildren(); // a selection belongs to its view
  state.view = view;
  document.querySelectorAll("#tabs button").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.view === view)));
  document.querySelectorAll("main .view").forEach((s) => { s.hidden = s.dataset.view !== view; });
  $("#selection").hidden = !["network", "map"].includes(view) || !$("#selection-table").childElementCount;
  const draw = { network: drawNetwork, timeline: drawTimeline, map: drawMap, events: loadEvents }[view];
  return draw ? draw() : Promise.resolve();
}

// A compact list of events (network and map selections); a click opens the evidence.
function eventTable(items, { compact = false } = {}) {
  const cols = compact ? ["date", "event", "actor", "recipient", "place"]
    : ["date", "event", "mode", "actor", "recipient", "place", "evidence", "rule"];
  const table = el("table", { class: "event-list" });
  table.append(el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { text: c })))));
  const body = el("tbody");
  for (const e of items) {
    const cells = {
      date: el("td", { text: e.date ?? "—" }),
      event: el("td", { class: `quad-${e.quad_code}`, text: e.event }),
      mode: el("td", { text: e.mode ?? "" }),
      actor: el("td", { class: "ar", text: entities(e.actor) }),
      recipient: el("td", { class: "ar", text: entities(e.recipient) }),
      place: el("td", { class: "ar", text: e.event_loc ? `${e.event_loc.extracted_place} (${e.event_loc.country_code ?? "?"})` : "" }),
      evidence: el("td", { class: "ar", text: e.event_text.length > 120 ? e.event_text.slice(0, 120) + "…" : e.event_text }),
      rule: el("td", {}, el("code", { text: e.coder.rule })),
    };
    body.append(el("tr", { "data-event-id": e.id, onclick: () => openEvidence(e.doc_id, e.id) }, ...cols.map((c) => cells[c])));
  }
  table.append(body);
  return table;
}

async function showSelection(title, params) {
  const page = await api("events", { ...windowParams(), ...params, limit: 200 });
  $("#selection-title").textContent = `${title}: ${page.total} events`;
  $("#selection-table").replaceChildren(eventTable(page.items, { compact: true }));
  $("#selection").hidden = false;
}

// The size a chart draws at: its box, or a floor while the page is still laying out (a box of a few
// pixels would turn the scales' ranges around and give negative bar heights).
const MIN_CHART = { width: 320, height: 240 };
function chartSize(svg) {
  const box = svg.node().getBoundingClientRect();
  return { width: Math.max(box.width, MIN_CHART.width), height: Math.max(box.height, MIN_CHART.height) };
}

// ---------- network ----------
async function drawNetwork() {
  const svg = d3.select("#network");
  const { width, height } = chartSize(svg);
  svg.attr("data-settled", null);
  const data = await api("network", windowParams());
  svg.selectAll("*").remove();
  svg.attr("viewBox", [0, 0, width, height]);
  if (!data.nodes.length) {
    svg.append("text").attr("x", 20).attr("y", 30).text("No events in this window.");
    return;
  }
  const defs = svg.append("defs");
  for (const kind of ["coop", "conf"]) {
    defs.append("marker").attr("id", `arrow-${kind}`).attr("viewBox", "0 -4 8 8").attr("refX", 8).attr("refY", 0)
      .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto")
      .append("path").attr("d", "M0,-4L8,0L0,4").attr("class", "arrowhead").attr("fill", kind === "coop" ? "#1a9850" : "#d73027");
  }
  const nodes = data.nodes.map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = [];
  for (const e of data.edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    if (e.cooperation_events) links.push({ ...e, kind: "coop", weight: e.cooperation, n: e.cooperation_events });
    if (e.conflict_events) links.push({ ...e, kind: "conf", weight: e.conflict, n: e.conflict_events });
  }
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.events)]).range([6, 26]);
  const stroke = d3.scaleSqrt().domain([0, d3.max(links, (l) => l.weight) || 1]).range([1.2, 7]);
  const sim = d3.forceSimulation(nodes).alphaDecay(0.04)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide((n) => radius(n.events) + 14))
    .force("x", d3.forceX(width / 2).strength(0.04)).force("y", d3.forceY(height / 2).strength(0.06));
  const link = svg.append("g").selectAll("path").data(links).join("path")
    .attr("class", (l) => `link ${l.kind}`).attr("stroke-width", (l) => stroke(l.weight))
    .attr("marker-end", (l) => `url(#arrow-${l.kind})`)
    .attr("data-edge", (l) => `${l.source.id ?? l.source}>${l.target.id ?? l.target}`)
    .on("click", (event, l) => {
      svg.selectAll(".link").classed("selected", (x) => x === l);
      showSelection(`${l.source.id} → ${l.target.id}`, { actor: l.source.id, recipient: l.target.id });
    });
  link.append("title").text((l) => `${l.source.id ?? l.source} → ${l.target.id ?? l.target}: ${l.n} ${l.kind === "coop" ? "cooperation" : "conflict"} events, weight ${l.weight}`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
    .attr("data-node", (n) => n.id)
    .on("click", (event, n) => {
      svg.selectAll(".node").classed("selected", (x) => x === n);
      showSelection(`${n.id} (${n.name ?? ""})`, { party: n.id });
    })
    .call(d3.drag().on("start", (ev, n) => { if (!ev.active) sim.alphaTarget(0.2).restart(); n.fx = n.x; n.fy = n.y; })
      .on("drag", (ev, n) => { n.fx = ev.x; n.fy = ev.y; })
      .on("end", (ev, n) => { if (!ev.active) sim.alphaTarget(0); n.fx = null; n.fy = null; }));
  node.append("circle").attr("r", (n) => radius(n.events));
  node.append("text").attr("dy", (n) => -radius(n.events) - 3).attr("text-anchor", "middle").text((n) => n.id);
  node.append("title").text((n) => `${n.id} ${n.name ?? ""}: ${n.events} events`);
  const arc = (l) => {
    const sx = l.source.x, sy = l.source.y, tx = l.target.x, ty = l.target.y;
    const dx = tx - sx, dy = ty - sy, dist = Math.hypot(dx, dy) || 1;
    const r = radius(l.target.events) + 2;
    const ex = tx - (dx / dist) * r, ey = ty - (dy / dist) * r;
    const bend = l.kind === "coop" ? 0.15 : -0.15; // both kinds of one pair stay visible
    const mx = (sx + ex) / 2 - dy * bend, my = (sy + ey) / 2 + dx * bend;
    return `M${sx},${sy}Q${mx},${my} ${ex},${ey}`;
  };
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  sim.on("tick", () => {
    for (const n of nodes) { n.x = clamp(n.x, 30, width - 30); n.y = clamp(n.y, 30, height - 20); }
    link.attr("d", arc);
    node.attr("transform", (n) => `translate(${n.x},${n.y})`);
  });
  sim.on("end", () => svg.attr("data-settled", "true"));
}

// ---------- timeline ----------
async function fillActorSelects() {
  const actors = await api("actors", { limit: 500 });
  const options = actors.items.map((a) => el("option", { value: a.key, text: `${a.key} ${a.name ?? ""} (${a.events})` }));
  $("#tl-actor").replaceChildren(...options);
  $("#tl-recipient").replaceChildren(el("option", { value: "", text: "— any —" }), ...options.map((o) => o.cloneNode(true)));
}

async function drawTimeline() {
  const actor = $("#tl-actor").value, recipient = $("#tl-recipient").value;
  const params = { ...windowParams(), interval: $("#tl-interval").value };
  if (recipient) { params.actor = actor; params.recipient = recipient; } else if (actor) params.party = actor;
  const data = await api("timeline", params);
  const svg = d3.select("#timeline");
  const { width, height } = chartSize(svg);
  svg.selectAll("*").remove();
  svg.attr("viewBox", [0, 0, width, height]);
  const m = { top: 20, right: 50, bottom: 30, left: 45 };
  const title = recipient ? `${actor} → ${recipient}` : actor ? `${actor} (as actor or recipient)` : "all actors";
  svg.append("text").attr("x", m.left).attr("y", 14).attr("class", "tl-title").text(`${title}, per ${data.interval}`);
  if (!data.buckets.length) {
    svg.append("text").attr("x", m.left).attr("y", 60).text("No dated events for this selection.");
    return;
  }
  const buckets = data.buckets.map((b) => ({ ...b, t: d3.timeParse("%Y-%m-%d")(b.period) }));
  const step = { day: d3.timeDay, week: d3.timeMonday, month: d3.timeMonth }[data.interval];
  // The axis spans the time window (or the data, when it reaches beyond), so one bucket is not the whole width.
  const parse = d3.timeParse("%Y-%m-%d");
  const lo = d3.min([d3.min(buckets, (b) => b.t), params.since ? step.floor(parse(params.since)) : null]);
  const hi = d3.max([step.offset(d3.max(buckets, (b) => b.t), 1), params.until ? step.ceil(parse(params.until)) : null]);
  const x = d3.scaleTime().domain([lo, hi]).range([m.left, width - m.right]);
  const top = d3.max(buckets, (b) => Math.max(b.cooperation_events, b.conflict_events)) || 1;
  const y = d3.scaleLinear().domain([-top, top]).nice().range([height - m.bottom, m.top]);
  const ys = d3.scaleLinear().domain([-10, 10]).range([height - m.bottom, m.top]);
  const bw = (b) => Math.max(2, x(step.offset(b.t, 1)) - x(b.t) - 1);
  svg.append("g").selectAll("rect").data(buckets).join("rect").attr("class", "bar coop").attr("fill", "#1a9850")
    .attr("x", (b) => x(b.t)).attr("width", bw).attr("y", (b) => y(b.cooperation_events)).attr("height", (b) => y(0) - y(b.cooperation_events))
    .append("title").text((b) => `${b.period}: ${b.cooperation_events} cooperation events`);
  svg.append("g").selectAll("rect").data(buckets).join("rect").attr("class", "bar conf").attr("fill", "#d73027")
    .attr("x", (b) => x(b.t)).attr("width", bw).attr("y", y(0)).attr("height", (b) => y(-b.conflict_events) - y(0))
    .append("title").text((b) => `${b.period}: ${b.conflict_events} conflict events`);
  // The score line joins adjacent buckets only: a gap means no events, not a trend.
  const runs = [];
  for (const b of buckets) {
    const last = runs.at(-1);
    if (last && +step.offset(last.at(-1).t, 1) === +b.t) last.push(b); else runs.push([b]);
  }
  svg.append("g").selectAll("path").data(runs).join("path").attr("fill", "none").attr("stroke", "#4575b4")
    .attr("stroke-width", 2).attr("d", d3.line().x((b) => x(b.t) + bw(b) / 2).y((b) => ys(b.mean_score)));
  svg.append("g").selectAll("circle").data(buckets).join("circle").attr("r", 3).attr("fill", "#4575b4")
    .attr("cx", (b) => x(b.t) + bw(b) / 2).attr("cy", (b) => ys(b.mean_score))
    .append("title").text((b) => `${b.period}: mean score ${b.mean_score.toFixed(2)} over ${b.events} events`);
  svg.append("g").attr("transform", `translate(0,${y(0)})`).call(d3.axisBottom(x).ticks(8).tickSizeOuter(0));
  svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).tickValues(y.ticks(6).filter(Number.isInteger)).tickFormat((v) => Math.abs(v)));
  svg.append("g").attr("transform", `translate(${width - m.right},0)`).call(d3.axisRight(ys).ticks(5));
  svg.append("text").attr("x", width - m.right + 8).attr("y", m.top - 6).attr("font-size", 11).text("score");
  svg.append("text").attr("x", 4).attr("y", m.top - 6).attr("font-size", 11).text("events");
}

// ---------- map ----------
let worldCache = null;
async function drawMap() {
  if (!worldCache) worldCache = await (await fetch("/static/vendor/countries-110m.json")).json();
  const data = await api("places", { ...windowParams(), limit: 500 });
  const places = data.items.filter((p) => p.lat !== null && p.lon !== null);
  const svg = d3.select("#map");
  const { width, height } = chartSize(svg);
  svg.selectAll("*").remove();
  svg.attr("viewBox", [0, 0, width, height]);
  const countries = topojson.feature(worldCache, worldCache.objects.countries);
  const projection = d3.geoNaturalEarth1();
  if (places.length) {
    const pad = 6; // degrees around the events
    const [lo0, lo1] = d3.extent(places, (p) => p.lon), [la0, la1] = d3.extent(places, (p) => p.lat);
    projection.fitExtent([[20, 20], [width - 20, height - 20]], { type: "MultiPoint",
      coordinates: [[lo0 - pad, la0 - pad], [lo1 + pad, la1 + pad], [lo0 - pad, la1 + pad], [lo1 + pad, la0 - pad]] });
  } else projection.fitSize([width, height], countries);
  const path = d3.geoPath(projection);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((f) => f.properties.name);
  const r = d3.scaleSqrt().domain([1, d3.max(places, (p) => p.events) || 1]).range([4, 22]);
  const colour = d3.scaleLinear().domain([0, 1]).range(["#1a9850", "#d73027"]);
  const g = svg.append("g").selectAll("g").data(places).join("g")
    .attr("transform", (p) => `translate(${projection([p.lon, p.lat])})`);
  g.append("circle").attr("class", "place").attr("r", (p) => r(p.events)).attr("data-place", (p) => p.place)
    .attr("fill", (p) => colour(p.conflict_events / Math.max(1, p.events)))
    .on("click", (ev, p) => showSelection(`${p.place} (${p.resolved_place ?? ""}, ${p.country ?? "?"})`, { place: p.place }))
    .append("title").text((p) => `${p.place} — ${p.resolved_place ?? ""} ${p.country ?? ""}: ${p.events} events`);
  g.filter((p) => p.events >= 2).append("text").attr("class", "place-label").attr("x", (p) => r(p.events) + 2).attr("dy", 4)
    .text((p) => p.resolved_place ?? p.place);
}

// ---------- events table ----------
function eventFilterParams() {
  const form = new FormData($("#event-filters"));
  const params = {};
  for (const [k, v] of form.entries()) if (v) params[k] = k === "actor" || k === "recipient" || k === "country" ? v.toUpperCase() : v;
  return params;
}

async function loadEvents() {
  const params = eventFilterParams();
  const page = await api("events", { ...params, limit: state.pageSize, offset: state.eventsOffset });
  const shown = page.items.length ? `${page.offset + 1}–${page.offset + page.items.length}` : "0";
  $("#events-count").textContent = `${page.total} events (showing ${shown})`;
  $("#events-table").replaceChildren(eventTable(page.items));
  $("#prev").disabled = page.offset === 0;
  $("#next").disabled = page.offset + page.items.length >= page.total;
  $("#export-csv").href = `/api/events/export?${query({ ...params, format: "csv" })}`;
  $("#export-json").href = `/api/events/export?${query({ ...params, format: "jsonl" })}`;
}

// ---------- evidence ----------
async function openEvidence(docId, eventId) {
  const doc = await api(`documents/${encodeURIComponent(docId)}`);
  state.currentEvent = eventId;
  renderEvidence(doc, eventId);
  showView("evidence");
}

function renderEvidence(doc, eventId) {
  const record = doc.events.find((e) => e.id === eventId) ?? doc.events[0];
  const box = $("#evidence");
  $("#evidence-empty").hidden = true;
  // Cut the text at every span boundary; each piece carries the kinds covering it.
  const cuts = new Set([0, doc.text.length]);
  for (const s of doc.spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const text = el("div", { class: "doc-text", dir: "rtl", lang: "ar" });
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = doc.spans.filter((s) => s.start <= a && s.end >= b);
    const piece = doc.text.slice(a, b);
    if (!covering.length) { text.append(piece); continue; }
    const mine = covering.filter((s) => record && s.event_ids.includes(record.id));
    const kinds = (mine.length ? mine : covering).map((s) => s.kind);
    const mark = el("mark", { class: (mine.length ? "sel " : "other ") + kinds.map((k) => `k-${k}`).join(" "),
      title: covering.map((s) => `${s.kind}: ${s.label ?? ""}`).join("\n"), "data-kind": kinds.join(" ") }, piece);
    text.append(mark);
  }
  const legend = el("p", { class: "legend" }, "highlighted for the chosen event: ",
    ...["actor", "trigger", "recipient", "place", "date"].map((k) => el("mark", { class: `sel k-${k}`, text: k })),
    el("mark", { class: "other", text: "other events and actors" }));
  const items = [el("h2", { class: "doc-title", dir: "rtl", lang: "ar", text: doc.title ?? doc.id }),
    el("p", { class: "muted", text: `${doc.id} · ${doc.date ?? "undated"} · ${doc.outlet ?? ""}` })];
  if (record) items.push(eventCard(doc, record));
  items.push(legend, text);
  const list = el("ol", { class: "doc-events", start: "0" });
  for (const e of doc.events) {
    list.append(el("li", { class: e.id === record?.id ? "current" : "", "data-event-id": e.id,
      onclick: () => { state.currentEvent = e.id; renderEvidence(doc, e.id); } },
    `${e.id}: ${e.event}${e.mode ? " " + e.mode : ""} — ${entities(e.actor)} → ${entities(e.recipient) || "—"}${e.negated ? " (negated)" : ""}`));
  }
  items.push(el("h3", { text: "Events of this document" }), list);
  box.replaceChildren(...items);
}

function eventCard(doc, e) {
  const dl = el("dl");
  const row = (k, v) => dl.append(el("dt", { text: k }), el("dd", {}, v));
  row("event", el("span", { class: `quad-${e.quad_code}`, text: `${e.event}${e.mode ? " · " + e.mode : ""} (${e.quad_code}, score ${e.score})` }));
  row("actor", el("span", { dir: "rtl", text: entities(e.actor) || "—" }));
  row("recipient", el("span", { dir: "rtl", text: entities(e.recipient) || "—" }));
  row("place", el("span", { text: e.event_loc ? `${e.event_loc.extracted_place} → ${e.event_loc.resolved_place ?? "?"} (${e.event_loc.country_code ?? "?"})` : "—" }));
  row("date", `${e.date ?? "—"} (${e.date_precision ?? ""}${e.date_from_text ? ", from the text" : ", publication date"})`);
  row("trigger", el("span", { dir: "rtl", text: e.trigger.text }));
  row("rule", el("code", { class: "rule", text: e.coder.rule }));
  row("coder", `marsad ${e.coder.version}, lexicon ${e.coder.lexicon ?? "?"}; confidence ${e.confidence}${e.negated ? "; NEGATED" : ""}`);
  const out = el("div", { class: "explain" });
  const button = el("button", { type: "button", onclick: async () => {
    const ex = await api(`documents/${encodeURIComponent(doc.id)}/sentences/${e.text_info.sequence}/explain`);
    const table = el("table", {}, el("thead", {}, el("tr", {}, ...["trigger", "rule", "event", "status", "actor", "recipient", "decision"].map((c) => el("th", { text: c })))));
    const body = el("tbody");
    for (const c of ex.candidates) body.append(el("tr", {}, el("td", { class: "ar", text: c.trigger }), el("td", {}, el("code", { text: c.rule })),
      el("td", { text: c.event }), el("td", { text: c.status }), el("td", { class: "ar", text: c.actor.join("، ") }),
      el("td", { class: "ar", text: c.recipient.join("، ") }), el("td", { text: c.decision })));
    table.append(body);
    out.replaceChildren(el("p", { class: "muted", text: `sentence ${ex.index}: every trigger candidate and its fate` }), table);
  } }, "Explain this sentence");
  return el("div", { class: "event-card", "data-event-id": e.id }, dl, button, out);
}

// ---------- start ----------
async function start() {
  const s = await api("summary");
  state.summary = s;
  $("#summary").textContent = `${s.documents} documents, ${s.events} events (${s.canonical_events} canonical), ${s.first_date ?? "?"} to ${s.last_date ?? "?"}`;
  for (const sel of [$("#global-type"), $("#event-filters select[name=type]")]) {
    for (const t of s.event_types) sel.append(el("option", { value: t, text: t }));
  }
  if (s.first_date) {
    state.months = d3.timeMonths(d3.timeMonth.floor(new Date(s.first_date + "T00:00")), d3.timeMonth.offset(new Date(s.last_date + "T00:00"), 1));
    for (const id of ["#win-from", "#win-to"]) $(id).max = String(state.months.length - 1);
    $("#win-to").value = String(state.months.length - 1);
  }
  showWindowLabel();
  const redraw = () => {
    showWindowLabel();
    clearTimeout(state.networkTimer);
    state.networkTimer = setTimeout(() => showView(state.view === "events" || state.view === "evidence" ? "network" : state.view), 200);
  };
  $("#win-from").addEventListener("input", redraw);
  $("#win-to").addEventListener("input", redraw);
  $("#global-type").addEventListener("change", redraw);
  document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => showView(b.dataset.view)));
  $("#event-filters").addEventListener("submit", (ev) => { ev.preventDefault(); state.eventsOffset = 0; loadEvents(); });
  $("#prev").addEventListener("click", () => { state.eventsOffset = Math.max(0, state.eventsOffset - state.pageSize); loadEvents(); });
  $("#next").addEventListener("click", () => { state.eventsOffset += state.pageSize; loadEvents(); });
  $("#timeline-form").addEventListener("change", drawTimeline);
  await fillActorSelects();
  const hash = location.hash.slice(1);
  await showView(["network", "timeline", "map", "events", "evidence"].includes(hash) ? hash : "network");
  document.body.dataset.ready = "true";
}

start().catch((err) => { $("#summary").textContent = `error: ${err.message}`; });
