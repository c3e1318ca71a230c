// convert.mjs — regenerates europe.yaml, the base map of Europe that the build draws as inline SVG.
//
// Source: Natural Earth 1:50m admin 0 countries (public domain), as TopoJSON in the npm package
// world-atlas (ISC licence), converted with topojson-client (ISC licence). Nothing downloaded is kept
// in the repository: install the two packages in a scratch folder and run this script from there.
//
//   cd "$(mktemp -d)" && npm init -y && npm install world-atlas@2 topojson-client
//   node /path/to/themes/default/map/convert.mjs > /path/to/themes/default/map/europe.yaml
//
// Optional argument: the TopoJSON file (default node_modules/world-atlas/countries-50m.json).
//
// Projection (the Java build projects city points with the same formula, so keep them in step):
//   x = (lon - LON_MIN) * SCALE * cos(LAT0)      y = (LAT_MAX - lat) * SCALE
// with SCALE chosen so that the frame LON_MIN..LON_MAX is WIDTH units wide. The frame is
// longitude -25..45, latitude 34..72; every polygon and border is clipped to it.
//
// Output: land, one SVG path of all countries merged (one subpath per ring, holes included, for
// fill-rule nonzero or evenodd alike), and borders, one SVG path of the internal borders between
// countries (open lines, for stroking only). Each subpath starts with an absolute M, then relative l
// steps; coordinates are rounded to 0.1 unit. Points closer than MIN_STEP units to the previous kept
// point are dropped, then nearly straight runs are thinned (Douglas-Peucker, TOLERANCE units), and
// islands smaller than MIN_AREA square units are left out. Clipped land rings run along the frame's
// edges, so stroke the land only under a clip to the frame (or not at all).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Resolve the npm packages from the current folder (where they were installed), not from this file's folder.
const require = createRequire(process.cwd() + "/");
const { merge, mesh } = require("topojson-client");

const LON_MIN = -25, LON_MAX = 45, LAT_MIN = 34, LAT_MAX = 72, LAT0 = 52;
const WIDTH = 1000;
const MIN_STEP = 1.0;   // map units
const TOLERANCE = 0.35; // map units
const MIN_AREA = 1.5;   // square map units (about 8 km²)

const COS = Math.cos((LAT0 * Math.PI) / 180);
const SCALE = WIDTH / ((LON_MAX - LON_MIN) * COS);
const HEIGHT = (LAT_MAX - LAT_MIN) * SCALE;

const file = process.argv[2] ?? "node_modules/world-atlas/countries-50m.json";
const topo = JSON.parse(readFileSync(file, "utf8"));
let version = "?";
try {
  version = JSON.parse(readFileSync("node_modules/world-atlas/package.json", "utf8")).version;
} catch { /* running on a file outside node_modules: version unknown */ }
const scaleName = /110m/.test(file) ? "1:110m" : /10m/.test(file) ? "1:10m" : "1:50m";

const project = ([lon, lat]) => [(lon - LON_MIN) * SCALE * COS, (LAT_MAX - lat) * SCALE];

// --- clipping -----------------------------------------------------------------------------------

// Sutherland-Hodgman against the (convex) frame rectangle; a ring in, a ring (possibly empty) out.
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= 0, (a, b) => cross(a, b, 0, 0)],
    [(p) => p[0] <= WIDTH, (a, b) => cross(a, b, 0, WIDTH)],
    [(p) => p[1] >= 0, (a, b) => cross(a, b, 1, 0)],
    [(p) => p[1] <= HEIGHT, (a, b) => cross(a, b, 1, HEIGHT)],
  ];
  let out = ring;
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    if (input.length === 0) break;
    let prev = input[input.length - 1];
    for (const cur of input) {
      if (inside(cur)) {
        if (!inside(prev)) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(intersect(prev, cur));
      }
      prev = cur;
    }
  }
  return out;
}

// The point where segment a-b crosses the line coordinate[axis] = v.
function cross(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  p[axis] = v;
  return p;
}

// Liang-Barsky for each segment of a line; returns the pieces of the line inside the frame.
function clipLine(line) {
  const pieces = [];
  let cur = null;
  for (let i = 1; i < line.length; i++) {
    const seg = clipSegment(line[i - 1], line[i]);
    if (!seg) { cur = null; continue; }
    const [a, b] = seg;
    if (cur && same(cur[cur.length - 1], a)) cur.push(b);
    else { cur = [a, b]; pieces.push(cur); }
    if (!same(b, line[i])) cur = null;
  }
  return pieces;
}

function clipSegment(a, b) {
  let t0 = 0, t1 = 1;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const checks = [[-dx, a[0]], [dx, WIDTH - a[0]], [-dy, a[1]], [dy, HEIGHT - a[1]]];
  for (const [p, q] of checks) {
    if (p === 0) { if (q < 0) return null; continue; }
    const r = q / p;
    if (p < 0) { if (r > t1) return null; if (r > t0) t0 = r; }
    else { if (r < t0) return null; if (r < t1) t1 = r; }
  }
  return [[a[0] + t0 * dx, a[1] + t0 * dy], [a[0] + t1 * dx, a[1] + t1 * dy]];
}

const same = (a, b) => a[0] === b[0] && a[1] === b[1];

// --- simplification -----------------------------------------------------------------------------

const onFrame = (p) => p[0] <= 1e-9 || p[1] <= 1e-9 || p[0] >= WIDTH - 1e-9 || p[1] >= HEIGHT - 1e-9;
const dist2 = (a, b) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

// Drops points closer than MIN_STEP to the last kept point; keeps the ends and points on the frame.
function radial(points) {
  if (points.length < 3) return points;
  const out = [points[0]];
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i];
    if (onFrame(p) || dist2(p, out[out.length - 1]) >= MIN_STEP * MIN_STEP) out.push(p);
  }
  out.push(points[points.length - 1]);
  return out;
}

function segDist2(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  if (l2 === 0) return dist2(p, a);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return dist2(p, [a[0] + t * dx, a[1] + t * dy]);
}

function douglasPeucker(points) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let max = -1, idx = -1;
    for (let i = s + 1; i < e; i++) {
      const d = onFrame(points[i]) ? Infinity : segDist2(points[i], points[s], points[e]);
      if (d > max) { max = d; idx = i; }
    }
    if (idx > 0 && max > TOLERANCE * TOLERANCE) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (p) => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];

function tidy(points) {
  const out = [];
  for (const p of points.map(round)) if (!out.length || !same(out[out.length - 1], p)) out.push(p);
  return out;
}

function area(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(a / 2);
}

// world-atlas rings are stitched across the antimeridian (a step from 179.9° to -179.9° is a short
// step on the globe, e.g. in Chukotka). Unwrap each ring so that no step exceeds 180° of longitude,
// then shift it by whole turns to where it meets the frame; no ring that reaches the frame encloses a pole.
function unwrap(points) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < points.length; i++) {
    const [lon, lat] = points[i];
    if (i > 0) {
      const step = lon + shift - out[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  let min = Infinity, max = -Infinity;
  for (const [lon] of out) { min = Math.min(min, lon); max = Math.max(max, lon); }
  const turns = max < LON_MIN ? Math.ceil((LON_MIN - max) / 360) : min > LON_MAX ? -Math.ceil((min - LON_MAX) / 360) : 0;
  return turns ? out.map(([lon, lat]) => [lon + 360 * turns, lat]) : out;
}

// A polygon whose bounding box misses the frame altogether is skipped before projecting.
function touchesFrame(ring) {
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (const [lon, lat] of ring) {
    minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
  }
  return maxLon >= LON_MIN && minLon <= LON_MAX && maxLat >= LAT_MIN && minLat <= LAT_MAX;
}

// --- output -------------------------------------------------------------------------------------

// "M" with the first point absolute, then "l" with each step relative to the previous point: shorter.
// Steps are taken between already rounded points, counted in tenths, so rounding errors never add up.
const fmt = (tenths) => String(tenths / 10);
function pathOf(points, close) {
  const t = points.map((p) => [Math.round(p[0] * 10), Math.round(p[1] * 10)]);
  let d = "M" + fmt(t[0][0]) + " " + fmt(t[0][1]) + "l";
  const steps = [];
  for (let i = 1; i < t.length; i++) steps.push(fmt(t[i][0] - t[i - 1][0]) + " " + fmt(t[i][1] - t[i - 1][1]));
  return d + steps.join(" ") + (close ? "z" : "");
}

const countries = topo.objects.countries;
const land = merge(topo, countries.geometries);
const landParts = [];
for (const raw of land.coordinates) {
  const polygon = raw.map(unwrap);
  if (!touchesFrame(polygon[0])) continue;
  for (const ring of polygon) {
    let r = clipRing(ring.map(project));
    if (r.length < 3 || area(r) < MIN_AREA) continue;
    r.push(r[0]);
    r = tidy(douglasPeucker(radial(r)));
    if (r.length > 1 && same(r[0], r[r.length - 1])) r.pop();
    if (r.length < 3) continue;
    landParts.push(pathOf(r, true));
  }
}

const borders = mesh(topo, countries, (a, b) => a !== b);
const borderParts = [];
for (const raw of borders.coordinates) {
  const line = unwrap(raw);
  if (!touchesFrame(line)) continue;
  for (const piece of clipLine(line.map(project))) {
    const l = tidy(douglasPeucker(radial(piece)));
    if (l.length >= 2) borderParts.push(pathOf(l, false));
  }
}

// Long strings as YAML folded scalars, broken at spaces so the file stays diffable; a folded
// scalar reads back with single spaces where the breaks were, which SVG path data does not mind.
function folded(text, indent = "  ", width = 110) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; }
    else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return ">-\n" + lines.map((l) => indent + l).join("\n");
}

process.stdout.write(
  [
    "# Base map of Europe for the build-time SVG map. Generated by convert.mjs in this folder; do not edit by hand.",
    "# Projection: x = (lon - lon_min) * scale * cos(lat0), y = (lat_max - lat) * scale; the frame is 0..width x 0..height.",
    `source: "Natural Earth ${scaleName} admin 0 countries via the npm package world-atlas@${version}"`,
    `licence: "Public domain (Natural Earth); world-atlas is ISC-licensed"`,
    `lon_min: ${LON_MIN}`,
    `lon_max: ${LON_MAX}`,
    `lat_min: ${LAT_MIN}`,
    `lat_max: ${LAT_MAX}`,
    `lat0: ${LAT0}`,
    `scale: ${SCALE}`,
    `width: ${WIDTH}`,
    `height: ${HEIGHT}`,
    `land: ${folded(landParts.join(" "))}`,
    `borders: ${folded(borderParts.join(" "))}`,
    "",
  ].join("\n"),
);
