// A committee's tree register read from a sheet: headers in Chinese or English, each bad line named, nothing
// imported while any line is wrong.
import { readTreeSheet } from '../../src/domain/trees/sheet';

const header = ['编号', '树种', '纬度', '经度', '位置', '种植年份', '状况', '古树名木'];

describe('readTreeSheet', () => {
  it('reads Chinese headers and names into drafts', () => {
    const reading = readTreeSheet([header, ['XFL-101', '银杏', '30.6617', '104.0790', '中心路', '2012', '健康', '否'], ['XFL-102', '桂花', '30.6628', '104.08', '中心花园', '1926', '需关注', '是']]);
    expect(reading).toMatchObject({ kind: 'ok', problems: [] });
    if (reading.kind !== 'ok') throw new Error('not ok');
    expect(reading.drafts).toEqual([
      { line: 2, code: 'XFL-101', species: 'ginkgo', lat: 30.6617, lng: 104.079, spot: '中心路', plantedYear: 2012, condition: 'healthy', heritage: false },
      { line: 3, code: 'XFL-102', species: 'osmanthus', lat: 30.6628, lng: 104.08, spot: '中心花园', plantedYear: 1926, condition: 'attention', heritage: true },
    ]);
  });

  it('reads English headers, skips blank rows and leaves optional columns out', () => {
    const reading = readTreeSheet([['code', 'species', 'lat', 'lng', 'spot'], ['', '', '', '', ''], ['T-1', 'camphor', '30.66', '104.08', 'gate']]);
    expect(reading).toMatchObject({ kind: 'ok', drafts: [{ line: 3, code: 'T-1', plantedYear: null, condition: 'healthy', heritage: false }] });
  });

  it('names each problem on its line and keeps the good lines apart', () => {
    const reading = readTreeSheet([
      header,
      ['XFL-1', '仙人掌', '30.66', '104.08', '门口', '', '', ''],
      ['XFL-2', '香樟', 'north', '104.08', '门口', '3025', '', ''],
      ['XFL-2', '香樟', '30.66', '104.08', '门口', '', '奄奄一息', '也许'],
      ['XFL-3', '香樟', '30.66', '104.08', '门口', '', '', ''],
    ]);
    if (reading.kind !== 'ok') throw new Error('not ok');
    expect(reading.problems).toEqual([
      { line: 2, field: 'species', reason: 'tree.pickSpecies' },
      { line: 3, field: 'lat', reason: 'tree.pickLocation' },
      { line: 3, field: 'plantedYear', reason: 'tree.badYear' },
      { line: 4, field: 'code', reason: 'tree.sheetDuplicateCode?line=3' },
      { line: 4, field: 'condition', reason: 'tree.pickCondition' },
      { line: 4, field: 'heritage', reason: 'field.invalid' },
    ]);
    expect(reading.drafts.map((draft) => draft.code)).toEqual(['XFL-3']);
  });

  it('names the missing column and refuses an oversized sheet', () => {
    expect(readTreeSheet([['编号', '树种', '纬度', '经度']])).toEqual({ kind: 'missing_column', column: '位置' });
    const rows = Array.from({ length: 2001 }, (_, n) => [`T-${n}`, '香樟', '30.66', '104.08', '门口']);
    expect(readTreeSheet([['code', 'species', 'lat', 'lng', 'spot'], ...rows])).toEqual({ kind: 'too_many_rows' });
  });
});
