// The demo cases' photos: small drawn scenes (a wall, the ground, and what the case is about), rendered by sharp
// from SVG, so the seeded community looks lived in without shipping real photographs. After-photos show it tidied.
import sharp from 'sharp';
import type { CategoryKey } from '../../src/domain/reports/categories';

const W = 480;
const H = 360;

const backdrop = (wall: string, ground: string): string =>
  `<rect width="${W}" height="${H}" fill="${wall}"/><rect y="230" width="${W}" height="130" fill="${ground}"/>` +
  `<rect x="20" y="40" width="90" height="70" fill="#9fb4c4" stroke="#6d7f8c" stroke-width="4"/>` +
  `<rect x="370" y="40" width="90" height="70" fill="#9fb4c4" stroke="#6d7f8c" stroke-width="4"/>`;

const bin = (x: number, full: boolean): string =>
  `<rect x="${x}" y="150" width="90" height="110" rx="6" fill="#2f7d4a"/><rect x="${x - 6}" y="140" width="102" height="16" rx="4" fill="#25663c"/>` +
  (full
    ? `<circle cx="${x + 20}" cy="136" r="22" fill="#3b3b3b"/><circle cx="${x + 55}" cy="128" r="26" fill="#4a4a4a"/><circle cx="${x + 85}" cy="140" r="18" fill="#d9d2b8"/>` +
      `<rect x="${x + 100}" y="235" width="40" height="30" fill="#c9b48a" transform="rotate(12 ${x + 120} 250)"/><circle cx="${x - 25}" cy="255" r="14" fill="#3b3b3b"/>`
    : '');

const bike = (x: number, y: number, angle: number, colour: string): string =>
  `<g transform="rotate(${angle} ${x + 60} ${y + 30})" stroke="${colour}" stroke-width="6" fill="none">` +
  `<circle cx="${x + 15}" cy="${y + 40}" r="24"/><circle cx="${x + 105}" cy="${y + 40}" r="24"/>` +
  `<path d="M${x + 15} ${y + 40} L${x + 50} ${y} L${x + 90} ${y} L${x + 105} ${y + 40} M${x + 50} ${y} L${x + 60} ${y + 40}"/></g>`;

const flyers = (count: number): string =>
  Array.from({ length: count }, (_, i) => {
    const x = 140 + (i % 4) * 52;
    const y = 60 + Math.floor(i / 4) * 62;
    return `<rect x="${x}" y="${y}" width="44" height="54" fill="${['#f4e04d', '#f08a5d', '#fff', '#9ad1f5'][i % 4]}" transform="rotate(${(i * 7) % 11 - 5} ${x + 22} ${y + 27})"/>` +
      `<rect x="${x + 6}" y="${y + 10}" width="32" height="5" fill="#c0392b"/><rect x="${x + 6}" y="${y + 22}" width="26" height="4" fill="#555"/>`;
  }).join('');

const boxes = `<rect x="150" y="170" width="110" height="80" fill="#c9a66b" stroke="#8a6d3b" stroke-width="3"/><rect x="250" y="190" width="80" height="60" fill="#b8925a" stroke="#8a6d3b" stroke-width="3"/>` +
  `<rect x="120" y="120" width="170" height="40" rx="8" fill="#7a5230"/><rect x="110" y="150" width="24" height="90" fill="#6a4526"/>`;

const puddle = `<ellipse cx="240" cy="290" rx="170" ry="38" fill="#5d6f78" opacity="0.85"/><rect x="205" y="236" width="70" height="14" fill="#333"/>`;
const grate = `<rect x="205" y="280" width="70" height="20" fill="#333"/><path d="M215 280v20M230 280v20M245 280v20M260 280v20" stroke="#666" stroke-width="3"/>`;
const wires = `<path d="M110 80 C 180 180, 260 60, 330 200 S 420 230, 470 180" stroke="#111" stroke-width="5" fill="none"/><path d="M110 95 C 200 200, 300 90, 360 230" stroke="#c0392b" stroke-width="4" fill="none"/>`;
const rubble = `<path d="M120 260 L170 190 L230 230 L280 170 L350 260 Z" fill="#9c948a"/><rect x="180" y="215" width="40" height="18" fill="#b5513a"/><rect x="260" y="225" width="44" height="18" fill="#b5513a"/>`;
const tree = (leaning: boolean): string =>
  `<g transform="rotate(${leaning ? 28 : 0} 240 300)"><rect x="228" y="150" width="24" height="150" fill="#6b4a2b"/><circle cx="240" cy="130" r="70" fill="#3f8f4a"/></g>` +
  `<rect x="380" y="60" width="10" height="240" fill="#555"/><rect x="350" y="55" width="50" height="12" fill="#777"/>`;
const litter = `<rect x="120" y="270" width="30" height="14" fill="#e74c3c" transform="rotate(20 135 277)"/><circle cx="220" cy="290" r="10" fill="#ecf0f1"/><rect x="300" y="262" width="36" height="20" fill="#f1c40f" transform="rotate(-15 318 272)"/><circle cx="380" cy="300" r="8" fill="#3498db"/>`;

const SCENES: Partial<Record<CategoryKey, (after: boolean) => string>> = {
  overflowing_bin: (after) => backdrop('#d8d2c4', '#8e9496') + bin(190, !after),
  flyers: (after) => backdrop('#e6e1d6', '#8e9496') + (after ? '' : flyers(12)) + `<rect x="200" y="180" width="80" height="50" fill="#7f8c8d"/>`,
  bad_parking: (after) => backdrop('#d6d0c6', '#7d8386') + (after ? bike(170, 220, 0, '#2c3e50') : bike(90, 230, -18, '#2c3e50') + bike(170, 215, 12, '#c0392b') + bike(250, 230, -30, '#16a085')),
  greenery: (after) => backdrop('#cfe3f0', '#6f9a5a') + tree(!after),
  sewage: (after) => backdrop('#d2cdc2', '#7b8184') + (after ? grate : puddle),
  wiring: (after) => backdrop('#cbc5b8', '#8e9496') + (after ? `<rect x="360" y="120" width="60" height="80" fill="#95a5a6"/>` : wires),
  construction_waste: (after) => backdrop('#d8d2c4', '#8e9496') + (after ? '' : rubble),
  clutter: (after) => backdrop('#dcd6ca', '#9a9a92') + (after ? '' : boxes),
  dirty_spot: (after) => backdrop('#d8d2c4', '#8e9496') + (after ? '' : litter + puddle),
  litter: (after) => backdrop('#cfe3f0', '#8ea36b') + (after ? '' : litter),
};

/** A small JPEG of the case's scene, before or after the fix. */
export async function scenePhoto(category: CategoryKey, after: boolean): Promise<Buffer> {
  const draw = SCENES[category] ?? ((tidy: boolean) => backdrop('#d8d2c4', '#8e9496') + (tidy ? '' : litter));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${draw(after)}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: true }).toBuffer();
}
