// The CloudBase environment the mini-program talks to; undefined = the account's default environment.
export const LINLI_CLOUD_ENV: string | undefined = undefined;
