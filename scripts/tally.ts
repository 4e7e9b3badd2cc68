// `npm run -s tally -- FILE.json`: recounts a vote from its tally file with the very function that published the
// result, and prints one JSON object (outcome and every figure). A file that cannot be counted exits 2 with a reason.
import { readFileSync } from 'node:fs';
import { readTallyFile } from '../src/domain/votes/tallyFile';
import { tally, TallyError } from '../src/domain/votes/tally';

const USAGE = 'usage: npm run -s tally -- FILE.json';

function fail(message: string): never {
  console.error(`tally: ${message}`);
  process.exit(2);
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path}: is a folder, not a file` : `${path}: cannot be read (${code ?? 'error'})`);
  }
  try {
    // A BOM is what Windows editors put at the start of a UTF-8 file.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith('-')) fail(USAGE);
const path = args[0]!;
try {
  process.stdout.write(`${JSON.stringify(tally(readTallyFile(readJson(path))), null, 2)}\n`);
} catch (error) {
  if (error instanceof TallyError) fail(`${path}: ${error.message}`);
  throw error;
}
