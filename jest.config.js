// Five kinds of test, one runner: domain/cloud unit tests, integration over SQLite and HTTP,
// page tests in jsdom, the compiled mini-program in miniprogram-simulate, and Chromium stories on the H5 build.
const node = {
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]sx?$': 'babel-jest' },
  // The app's own path alias, so unit tests can read the app's dictionaries and registry.
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
};

// Page tests render the real components in jsdom: Taro's React build of its components, NutUI's ES build,
// and a small @tarojs/taro mock standing in for the platform APIs.
const pages = {
  displayName: 'pages',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/pages/**/*.test.tsx'],
  // Build-time flags Taro's runtime expects the bundler to define.
  globals: {
    ...Object.fromEntries(
      ['INNER_HTML', 'ADJACENT_HTML', 'SIZE_APIS', 'TEMPLATE_CONTENT', 'CLONE_NODE', 'CONTAINS', 'MUTATION_OBSERVER'].map((flag) => [`ENABLE_${flag}`, true]),
    ),
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
  setupFilesAfterEnv: ['<rootDir>/tests/pages/setup.ts'],
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|swiper|@nutui|lodash-es|tslib|\\.pnpm)/)'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/pages/mocks/style.js',
    '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react/index.js',
    '^@tarojs/taro$': '<rootDir>/tests/pages/mocks/taro.ts',
    '^@nutui/nutui-react-taro$': '<rootDir>/node_modules/@nutui/nutui-react-taro/dist/es/packages/nutui.react.build.js',
    '^(lottie-web|@nutui/lottie-miniprogram)$': '<rootDir>/tests/pages/mocks/style.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
};

module.exports = {
  // Generous per-test limit: CI has two cores shared by parallel workers, and no test asserts on time.
  testTimeout: 20_000,
  projects: [
    { ...node, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...node, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    pages,
    { ...node, displayName: 'weapp', testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'] },
    { ...node, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], slowTestThreshold: 60 },
  ],
};
