// Plain-text table output: columns padded to their widest cell, numbers right-aligned.

export type Row = string[] | 'rule';

/** Display width: CJK characters take two columns in a terminal. */
const width = (text: string): number => [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);

export function renderTable(header: string[], rows: Row[], rightAligned: ReadonlySet<number>): string {
  const all = [header, ...rows.filter((row): row is string[] => row !== 'rule')];
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat(widths[column]! - width(cell));
        return rightAligned.has(column) ? pad + cell : cell + pad;
      })
      .join('   ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('───');
  return [line(header), rule, ...rows.map((row) => (row === 'rule' ? rule : line(row)))].join('\n');
}

export const ms = (value: number): string => (value < 1 ? `${value.toFixed(3)} ms` : value < 100 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`);
export const perSecond = (value: number): string => `${Math.round(value).toLocaleString('en-US')} /s`;
// Two decimals below 10×: a target such as 2× is told apart from 2.06×.
export const ratio = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)}×`;
export const count = (value: number): string => value.toLocaleString('en-US');
