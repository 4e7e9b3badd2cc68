// Record ids come from the shared kit: a prefix and random hex from the secure generator, through a pooled buffer.
import { newId, randomHex } from '../../cloud/kit/ids';

describe('record ids', () => {
  it('are the prefix and 8 random bytes in hex unless told otherwise', () => {
    expect(newId('r')).toMatch(/^r_[0-9a-f]{16}$/);
    expect(newId('b', 12)).toMatch(/^b_[0-9a-f]{24}$/);
    expect(randomHex(3)).toMatch(/^[0-9a-f]{6}$/);
  });

  it('do not repeat across many refills of the pool', () => {
    // 4 KB per refill: 20 000 ids of 8 bytes draw the pool some forty times over.
    const ids = new Set(Array.from({ length: 20_000 }, () => newId('r')));
    expect(ids.size).toBe(20_000);
  });

  it('use every hex digit, so no byte of the pool is left unfilled', () => {
    const digits = new Set(Array.from({ length: 2_000 }, () => randomHex(8)).join(''));
    expect([...digits].sort().join('')).toBe('0123456789abcdef');
  });

  it('refuse a size the pool cannot give', () => {
    expect(() => randomHex(0)).toThrow(/1–4096 bytes/);
    expect(() => randomHex(4097)).toThrow(/1–4096 bytes/);
    expect(() => randomHex(2.5)).toThrow(/1–4096 bytes/);
  });
});
