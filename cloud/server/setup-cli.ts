// `npm run setup -- FILE`: creates a self-hoster's own street, community, grids, buildings and households from
// FILE (see docs/setup-sample/) in data/ (or LINLI_DATA_DIR), and prints the claim codes of the first committee
// members and the grid workers.
import { join, resolve } from 'node:path';
import { createLocalPorts } from '../adapters/local';
import { DuplicateIdError } from '../ports/store';
import { readCommunityFile, SetupFileError } from '../setup/communityFile';
import { setupCommunity } from '../setup/setupCommunity';

const LABELS: Record<string, string> = { streets: '街道', communities: '社区', grids: '网格', buildings: '楼栋', households: '户', inviteCodes: '邀请码', roleClaims: '开通码' };

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) {
    console.error('Usage: npm run setup -- FILE   (for example: npm run setup -- docs/setup-sample/community.json)');
    process.exit(2);
  }
  const dataDir = resolve(process.env.LINLI_DATA_DIR || join(__dirname, '..', '..', 'data'));
  const data = await readCommunityFile(resolve(file));
  const ports = createLocalPorts({ dataDir });
  try {
    const result = await setupCommunity(ports.store, data, ports.clock.now());
    console.log(`Set up ${result.street.name} ${result.community.name} (${result.community.id}) in ${dataDir}:`);
    console.log(Object.entries(result.written).map(([key, count]) => `  ${LABELS[key] ?? key} ${count}`).join('\n'));
    console.log('\nOne-time claim codes (shown only now; each works once):');
    for (const claim of result.claims) {
      const role = claim.grid ? `网格员 · ${claim.grid}` : '居委会';
      console.log(`  ${role}  ${claim.name}  ${claim.code}  (valid until ${new Date(claim.expiresAt).toISOString().slice(0, 10)})`);
    }
    console.log(
      '\nEach signs in to Linli, opens 我的 › 加入社区 and enters their code under 工作人员开通码: a committee member joins the duty' +
        '\nqueue, a grid worker receives the cases filed in their grid.',
    );
  } finally {
    await ports.close();
  }
}

main().catch((error) => {
  if (error instanceof SetupFileError) console.error(`Setup refused, nothing was written:\n${error.problems.map((p) => `  - ${p}`).join('\n')}`);
  else if (error instanceof DuplicateIdError) console.error(`Setup refused, nothing was written: ${error.collection} ${error.id} already exists`);
  else console.error('Setup failed:', error);
  process.exit(1);
});
