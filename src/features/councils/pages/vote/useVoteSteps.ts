// Casting a ballot and downloading the tally file, each answering null when done or the message to show.
import Taro from '@tarojs/taro';
import { call } from '@/services/api';
import { errorRef } from '@/services/i18n';
import { saveJsonFile } from '../../download';
import { useCouncilT } from '../../messages';

export function useVoteSteps(voteId: string, reload: () => void) {
  const t = useCouncilT();
  return {
    cast: async (choice: string[]): Promise<string | null> => {
      const answer = await call('votes.cast', { voteId, choice });
      if (!answer.ok) return errorRef(answer.error);
      reload();
      return null;
    },
    tallyFile: async (): Promise<string | null> => {
      const answer = await call('votes.tallyFile', { voteId });
      if (!answer.ok) return errorRef(answer.error);
      await saveJsonFile(`tally-${voteId}.json`, answer.data);
      void Taro.showToast({ title: t('vote.tallySaved'), icon: 'success' });
      return null;
    },
  };
}
