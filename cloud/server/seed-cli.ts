// `npm run seed`: wipes data/ (or LINLI_DATA_DIR) and seeds the demo community again.
import { join } from 'node:path';
import { resetDatabase } from '../seed/reset';

const LABELS: Record<string, string> = {
  streets: '街道', communities: '社区', grids: '网格', buildings: '楼栋', households: '户',
  users: '用户', members: '成员', joinRequests: '待审核申请',
};

// The same default as the gateway (start.ts): data/ at the repository root, wherever the command runs from.
resetDatabase(process.env.LINLI_DATA_DIR || join(__dirname, '..', '..', 'data')).then(
  ({ dataDir, removed, seeded }) => {
    console.log(removed.length ? `removed: ${removed.join(', ')}` : 'no previous database');
    console.log(`seeded 青石街道 幸福里社区 + 和平社区 into ${dataDir}:`);
    console.log(Object.entries(seeded).map(([key, count]) => `  ${LABELS[key] ?? key} ${count}`).join('\n'));
  },
  (error) => {
    console.error('seed failed:', error);
    process.exit(1);
  },
);
