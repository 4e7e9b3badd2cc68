// Every page test starts from an empty device: no token, zh-CN, no session, a fresh Taro mock.
import { cleanup } from '@testing-library/react';
import { resetTaroMock } from './mocks/taro';

// Page tests run the H5 build's code paths (HTTP transport, dev login, plain inputs) unless one opts into onWeapp().
process.env.TARO_ENV = 'h5';

beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  resetTaroMock();
});

afterEach(() => {
  cleanup();
});
