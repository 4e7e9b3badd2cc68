// Which build we are in; the bundler inlines TARO_ENV so the other platform's branch drops out.
export const isWeapp = (): boolean => process.env.TARO_ENV === 'weapp';
export const isH5 = (): boolean => !isWeapp();
