// The steps a caller may take on a case, each checked with the cloud's own schema before it is sent.
// A step answers null when done (the case reloads) or the message to show on its sheet.
import Taro from '@tarojs/taro';
import { errorRef } from '@/services/i18n';
import type { Envelope } from '@/domain/envelope';
import type { ReportDetailView } from '@/domain/reports/types';
import { EscalateInput, HideInput, MarkDuplicateInput, ReassignInput, ReopenInput, VerifyInput } from '@/domain/reports/schemas';
import { call } from '@/services/api';
import { REPORTS } from '@/services/navigation';
import { validate, type Validation } from '@/services/validate';
import { useReportsT } from '../../messages';

type Outcome = Promise<string | null>;

const firstProblem = (fields: Record<string, string>): string => Object.values(fields)[0] ?? '';

export function useCaseSteps(report: ReportDetailView, reload: () => void) {
  const t = useReportsT();
  const reportId = report.id;

  const settle = async (envelope: Envelope<unknown>): Outcome => {
    if (!envelope.ok) return errorRef(envelope.error);
    void Taro.showToast({ title: t('detail.done'), icon: 'success' });
    reload();
    return null;
  };

  const checked = async <T,>(validation: Validation<T>, send: (input: T) => Promise<Envelope<unknown>>): Outcome =>
    validation.ok ? settle(await send(validation.output)) : firstProblem(validation.fields);

  return {
    confirm: () => checked(validate(VerifyInput, { reportId, decision: 'confirm' }), (input) => call('reports.verify', input)),
    reject: (reason: string) =>
      checked(validate(VerifyInput, { reportId, decision: 'reject', reason }), (input) => call('reports.verify', input)),
    support: async () => settle(await call('reports.support', { reportId })),
    reopen: async (description: string): Outcome => {
      const validation = validate(ReopenInput, { reportId, description, photoIds: [] });
      if (!validation.ok) return firstProblem(validation.fields);
      const envelope = await call('reports.reopen', validation.output);
      if (!envelope.ok) return errorRef(envelope.error);
      void Taro.redirectTo({ url: REPORTS.detail(envelope.data.id) });
      return null;
    },
    accept: async () => settle(await call('reports.accept', { reportId })),
    start: async () => settle(await call('reports.start', { reportId })),
    escalate: (reason: string) => checked(validate(EscalateInput, { reportId, reason }), (input) => call('reports.escalate', input)),
    reassign: (choice: string | null, note: string): Outcome => {
      if (choice === null) return Promise.resolve(t('detail.pickOne'));
      const input = { reportId, gridId: choice === 'none' ? null : choice, ...(note.trim() ? { note } : {}) };
      return checked(validate(ReassignInput, input), (valid) => call('reports.reassign', valid));
    },
    markDuplicate: (duplicateOf: string) =>
      checked(validate(MarkDuplicateInput, { reportId, duplicateOf: duplicateOf.trim() }), (input) => call('reports.markDuplicate', input)),
    hide: (reason: string) =>
      checked(validate(HideInput, { reportId, hidden: !report.hidden, reason }), (input) => call('reports.hide', input)),
  };
}

export type CaseSteps = ReturnType<typeof useCaseSteps>;
