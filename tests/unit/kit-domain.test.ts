// The domain kit every feature builds on: state machines, audiences and message references.
import { defineMachine } from '../../src/domain/common/machine';
import { msg, parseRef } from '../../src/domain/common/messages';
import { audienceKeys, inAudience, placeKeys } from '../../src/domain/common/scope';
import { renderMessage, renderNote, renderNotice } from '../../src/domain/messages';

describe('defineMachine', () => {
  const machine = defineMachine<'draft' | 'open' | 'closed', 'open' | 'close'>({
    open: { from: ['draft'], to: 'open' },
    close: { from: ['draft', 'open'], to: 'closed' },
  });

  it('leads a declared move to its state', () => {
    expect(machine.move('draft', 'open')).toEqual({ kind: 'ok', to: 'open' });
  });

  it('refuses a move from a state it does not start in, naming both', () => {
    expect(machine.move('closed', 'open')).toEqual({ kind: 'invalid_transition', from: 'closed', move: 'open' });
  });

  it('lists the moves a state allows', () => {
    expect(machine.movesFrom('open')).toEqual(['close']);
    expect(machine.movesFrom('closed')).toEqual([]);
  });
});

describe('audiences', () => {
  const resident = { communityId: 'c1', gridId: 'g-1', buildingId: 'b-3', householdId: 'h-1' };

  it('stores a whole-community audience under one key and some grids under one key each', () => {
    expect(audienceKeys({ level: 'community' })).toEqual(['community']);
    expect(audienceKeys({ level: 'grid', ids: ['g-1', 'g-2', 'g-1'] })).toEqual(['grid:g-1', 'grid:g-2']);
  });

  it('finds what is addressed to a resident under their community, grid and building', () => {
    expect(placeKeys(resident)).toEqual(['community', 'grid:g-1', 'building:b-3']);
    expect(placeKeys({ communityId: 'c1' })).toEqual(['community']);
  });

  it('keeps a grid-2 audience away from a grid-1 resident', () => {
    expect(inAudience(resident, { level: 'grid', ids: ['g-2'] })).toBe(false);
    expect(inAudience(resident, { level: 'building', ids: ['b-3'] })).toBe(true);
    expect(inAudience(resident, { level: 'community' })).toBe(true);
  });
});

describe('message references', () => {
  it('carries parameters through a reference and back', () => {
    const ref = msg('field.maxChars', { max: 20 });
    expect(ref).toBe('field.maxChars?max=20');
    expect(parseRef(ref)).toEqual({ key: 'field.maxChars', params: { max: '20' } });
  });

  it('renders one reference in both languages', () => {
    expect(renderMessage(msg('field.maxChars', { max: 20 }), 'zh')).toBe('最多20个字');
    expect(renderMessage(msg('field.maxChars', { max: 20 }), 'en')).toBe('At most 20 characters');
  });

  it('renders a parameter written @key as a message of its own, e.g. a category', () => {
    expect(renderMessage('report.invalidTransition', 'en', { status: '@status.closed' })).toBe('This case is "Closed"; that cannot be done now');
  });

  it('shows an unknown reference as written rather than blank', () => {
    expect(renderMessage('no.such.key', 'zh')).toBe('no.such.key');
  });

  it('renders system notes and leaves people’s own words alone', () => {
    expect(renderNote('@report.noteOnBehalf?name=5%E6%A0%8B', 'zh')).toBe('代办：5栋');
    expect(renderNote('已清理干净', 'en')).toBe('已清理干净');
  });

  it('renders a notice kind with its parameters in the reader’s language', () => {
    const params = { category: '@category.litter', address: '3栋门口' };
    expect(renderNotice('report.resolved', params, 'zh')).toEqual({ title: '您上报的问题已处理，请核查', body: '暴露垃圾 · 3栋门口' });
    expect(renderNotice('report.resolved', params, 'en')).toEqual({ title: 'Your report was fixed, please check', body: 'Litter · 3栋门口' });
  });
});
