// Local stand-in for WeChat content security: refuses text containing a banned word; images pass.
import type { ContentCheck } from '../../ports';

/**
 * A deliberately small list of spam and illegal-trade phrases, each long enough not to catch what residents
 * write about everyday errands (办证窗口, 证件办理). `违禁词测试` is harmless and exists so tests and demos can
 * trigger a refusal.
 */
export const BANNED_WORDS = ['违禁词测试', '网络赌博', '博彩', '代开发票', '办假证', '枪支', '毒品', '色情'] as const;

// Spaces, punctuation and full-width forms are ignored so "违 禁 词测试" is still caught.
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function createKeywordContentCheck(words: readonly string[] = BANNED_WORDS): ContentCheck {
  const banned = words.map(normalise).filter(Boolean);
  return {
    async checkText(text) {
      const plain = normalise(text);
      return banned.some((word) => plain.includes(word)) ? 'reject' : 'pass';
    },
    async checkImage() {
      return { verdict: 'pass' };
    },
  };
}
