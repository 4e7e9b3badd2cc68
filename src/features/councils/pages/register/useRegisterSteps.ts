// The committee's steps on the register: import a sheet, bind or unbind an owner's account, add a home.
import Taro from '@tarojs/taro';
import type { ActionInput } from '@/domain/actions';
import { call } from '@/services/api';
import { errorRef } from '@/services/i18n';
import { useCouncilT } from '../../messages';
import { pickSheet } from '../../sheetFile';

export function useRegisterSteps(reload: () => void) {
  const t = useCouncilT();
  const done = (title: string) => {
    void Taro.showToast({ title, icon: 'success' });
    reload();
    return null;
  };
  return {
    importSheet: async (): Promise<string | null> => {
      const sheet = await pickSheet();
      if (!sheet) return null;
      const answer = await call('register.import', sheet);
      if (!answer.ok) return errorRef(answer.error);
      return done(t('register.imported', answer.data));
    },
    candidates: async (unitId: string) => {
      const answer = await call('register.candidates', { unitId });
      return answer.ok ? answer.data : [];
    },
    bind: async (unitId: string, userId: string | null): Promise<string | null> => {
      const answer = await call('register.bind', { unitId, userId: userId ?? '' });
      return answer.ok ? done(t('register.saved')) : errorRef(answer.error);
    },
    unbind: async (unitId: string, userId: string): Promise<string | null> => {
      const answer = await call('register.unbind', { unitId, userId });
      return answer.ok ? done(t('register.saved')) : errorRef(answer.error);
    },
    save: async (input: ActionInput<'register.saveUnit'>): Promise<string | null> => {
      const answer = await call('register.saveUnit', input);
      return answer.ok ? done(t('register.saved')) : errorRef(answer.error);
    },
  };
}
