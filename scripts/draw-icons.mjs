// Draws the add-in's icons (assets/icon-*.png): a sheet with a teal header row and a green line
// going down, the falling poverty rate. Node built-ins only: shapes are sampled 8×8 per pixel and
// the result is encoded as PNG with zlib. Run: node scripts/draw-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8;
const TEAL = [11, 110, 99];
const TEAL_LIGHT = [150, 205, 196];
const GREEN = [22, 128, 58];
const WHITE = [255, 255, 255];

/** Shapes in a 16-unit design grid; strokes get thicker, relative to the grid, on small icons. */
function shapes(size) {
  const line = size <= 16 ? 2.2 : size <= 32 ? 1.9 : 1.6;
  const border = size <= 16 ? 1 : size <= 32 ? 0.75 : 0.6;
  const trend = [[3, 7], [6.8, 10.3], [9.2, 8.9], [11.6, 11.6]];
  return [
    { kind: "rect", x0: 1, y0: 1, x1: 15, y1: 15, radius: 1.2, color: TEAL },
    { kind: "rect", x0: 1 + border, y0: 4.5, x1: 15 - border, y1: 15 - border, radius: 0.6, color: WHITE },
    ...(size > 16
      ? [
          { kind: "rect", x0: 5.6, y0: 4.5, x1: 5.6 + border * 0.7, y1: 15 - border, color: TEAL_LIGHT },
          { kind: "rect", x0: 1 + border, y0: 8, x1: 15 - border, y1: 8 + border * 0.7, color: TEAL_LIGHT },
          { kind: "rect", x0: 1 + border, y0: 11.5, x1: 15 - border, y1: 11.5 + border * 0.7, color: TEAL_LIGHT },
        ]
      : [{ kind: "rect", x0: 5.5, y0: 4.5, x1: 6.5, y1: 15 - border, color: TEAL_LIGHT }]),
    { kind: "polyline", points: trend, width: line + 1.2, color: WHITE },
    { kind: "polyline", points: trend, width: line, color: GREEN },
    { kind: "triangle", points: arrowHead([13.5, 13.6], trend[2], 3.8, 2.1), color: GREEN },
  ];
}

/** The arrow's tip and two base corners, pointing away from `from`. */
function arrowHead(tip, from, length, halfWidth) {
  const d = Math.hypot(tip[0] - from[0], tip[1] - from[1]);
  const [ux, uy] = [(tip[0] - from[0]) / d, (tip[1] - from[1]) / d];
  const [bx, by] = [tip[0] - ux * length, tip[1] - uy * length];
  return [tip, [bx - uy * halfWidth, by + ux * halfWidth], [bx + uy * halfWidth, by - ux * halfWidth]];
}

function insideRect(s, x, y) {
  if (x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1) return false;
  const r = s.radius ?? 0;
  const cx = Math.min(Math.max(x, s.x0 + r), s.x1 - r);
  const cy = Math.min(Math.max(y, s.y0 + r), s.y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment([ax, ay], [bx, by], x, y) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideTriangle([a, b, c], x, y) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function covers(s, x, y) {
  if (s.kind === "rect") return insideRect(s, x, y);
  if (s.kind === "triangle") return insideTriangle(s.points, x, y);
  return s.points.slice(1).some((p, i) => distanceToSegment(s.points[i], p, x, y) <= s.width / 2);
}

/** RGBA pixels: the colour of the topmost shape at each sample, averaged over the pixel. */
function render(size) {
  const list = shapes(size);
  const scale = 16 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          const top = list.findLast((s) => covers(s, x, y));
          if (!top) continue;
          sum[0] += top.color[0];
          sum[1] += top.color[1];
          sum[2] += top.color[2];
          sum[3] += 1;
        }
      }
      const at = (py * size + px) * 4;
      const covered = sum[3];
      for (let k = 0; k < 3; k++) pixels[at + k] = covered ? Math.round(sum[k] / covered) : 0;
      pixels[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`assets/icon-${size}.png`);
}
