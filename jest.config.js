// Five kinds of test, one runner: domain/cloud unit tests, integration over SQLite and HTTP,
// page tests in jsdom, the compiled mini-program in miniprogram-simulate, and Chromium stories on the H5 build.
const node = { testEnvironment: 'node', transform: { '^.+\\.[tj]sx?$': 'babel-jest' } };

module.exports = {
  projects: [
    { ...node, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...node, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...node, displayName: 'weapp', testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'] },
    { ...node, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], slowTestThreshold: 60 },
  ],
};
