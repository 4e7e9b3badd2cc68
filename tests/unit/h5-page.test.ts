// The H5 page lets people zoom: elderly residents enlarge text with two fingers, so nothing may forbid it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the H5 page template', () => {
  const html = readFileSync(join(__dirname, '..', '..', 'src', 'index.html'), 'utf8');
  const viewport = /<meta[^>]+name=["']viewport["'][^>]*>/i.exec(html)?.[0] ?? '';

  it('declares a viewport that fits the phone', () => {
    expect(viewport).toMatch(/width=device-width/);
  });

  it('never stops zooming (no user-scalable=no, no maximum-scale)', () => {
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)/i);
    expect(viewport).not.toMatch(/maximum-scale/i);
  });
});
