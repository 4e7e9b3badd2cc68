// WeChat's signing key comes from the function's environment variable LINLI_SIGNING_SECRET (set in the cloud
// console); without it, actions that sign codes fail loudly instead of signing with a guessable key.
import type { Secrets } from '../../ports';

export function createEnvSecrets(env: NodeJS.ProcessEnv = process.env): Secrets {
  return {
    async signingKey() {
      const secret = env.LINLI_SIGNING_SECRET;
      if (!secret || secret.length < 16) throw new Error('LINLI_SIGNING_SECRET is not set (at least 16 characters) in the function environment');
      return Buffer.from(secret, 'utf8');
    },
  };
}
