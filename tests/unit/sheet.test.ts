// Exported tables open as they should in Excel and WPS: CSV with a byte-order mark, quoted where needed, formulas
// defused; .xlsx as a real workbook.
import { csvOf, xlsxOf } from '../../cloud/kit/sheet';

describe('csvOf', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const bytes = csvOf({ header: ['姓名', '时长'], rows: [['王阿姨', 2.5]] });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF姓名,时长\r\n王阿姨,2.5\r\n');
  });

  it('quotes commas, quotes and line breaks, leaves empty cells empty, and keeps a formula from running', () => {
    const text = csvOf({ header: ['a', 'b', 'c', 'd'], rows: [['5栋, 2单元', 'say "hi"', null, '=HYPERLINK("x")']] }).toString('utf8');
    expect(text.split('\r\n')[1]).toBe('"5栋, 2单元","say ""hi""",,"\'=HYPERLINK(""x"")"');
  });
});

describe('xlsxOf', () => {
  it('writes a zip workbook', async () => {
    const bytes = await xlsxOf({ header: ['姓名'], rows: [['王阿姨']], widths: [12] });
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
