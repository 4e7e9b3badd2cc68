// The buttons this caller may use on this case (from `detail.can`); irreversible steps ask first.
import { View } from '@tarojs/components';
import type { ReportDetailView } from '@/domain/reports/types';
import { Button } from '@/components/nutui';
import type { StepRequest } from '@/components/StepSheet';
import { useAction } from '@/components/useAsync';
import { openPage, REPORTS } from '@/services/navigation';
import { askForUpdates, useSubscribeTemplates } from '@/services/subscribe';
import { useReportsT } from '../../messages';
import { HANDLER_UPDATES } from '../../updates';
import type { CaseSteps } from './useCaseSteps';

export interface CaseActionsProps {
  report: ReportDetailView;
  steps: CaseSteps;
  busy: string | null;
  runNow: (name: string, step: () => Promise<string | null>) => void;
  ask: (request: StepRequest) => void;
}

const ACTIVE = ['submitted', 'accepted', 'in_progress'];

export function CaseActions({ report, steps, busy, runNow, ask }: CaseActionsProps) {
  const t = useReportsT();
  const { can } = report;
  const active = ACTIVE.includes(report.status);
  const loadMap = useAction('reports.map');
  useSubscribeTemplates(can.accept);

  const reassign = async () => {
    const map = await loadMap.run();
    const grids = map.ok ? map.data.grids.map((grid) => ({ value: grid.id, label: grid.name })) : [];
    ask({
      title: t('detail.reassignTo'),
      choices: [...grids, { value: 'none', label: t('detail.dutyQueue') }],
      text: { label: t('sheet.reasonPlaceholder') },
      run: ({ choice, text }) => steps.reassign(choice, text),
    });
  };

  const buttons: Array<{ key: string; label: string; primary?: boolean; danger?: boolean; onClick: () => void }> = [];
  if (can.verify) {
    buttons.push({
      key: 'confirm',
      label: t('detail.confirmFixed'),
      primary: true,
      onClick: () => ask({ title: t('detail.confirmFixed'), message: t('detail.confirmConfirm'), run: steps.confirm }),
    });
    buttons.push({
      key: 'reject',
      label: t('detail.notFixed'),
      onClick: () => ask({ title: t('detail.notFixed'), text: { label: t('detail.notFixedReason'), multiline: true }, run: ({ text }) => steps.reject(text) }),
    });
  }
  const accept = () => {
    void askForUpdates(HANDLER_UPDATES);
    runNow('accept', steps.accept);
  };
  if (can.accept) buttons.push({ key: 'accept', label: t('detail.accept'), primary: true, onClick: accept });
  if (can.start) buttons.push({ key: 'start', label: t('detail.start'), primary: true, onClick: () => runNow('start', steps.start) });
  if (can.resolve) buttons.push({ key: 'resolve', label: t('detail.resolve'), primary: true, onClick: () => openPage(REPORTS.resolve(report.id)) });
  if (can.escalate) {
    buttons.push({
      key: 'escalate',
      label: t('detail.escalate'),
      onClick: () => ask({ title: t('detail.escalate'), text: { label: t('detail.escalateReason'), multiline: true }, run: ({ text }) => steps.escalate(text) }),
    });
  }
  if (can.support) buttons.push({ key: 'support', label: t('detail.meToo'), onClick: () => runNow('support', steps.support) });
  if (can.reopen) {
    buttons.push({
      key: 'reopen',
      label: t('detail.reopen'),
      onClick: () => ask({ title: t('detail.reopen'), text: { label: t('detail.reopenReason'), multiline: true }, run: ({ text }) => steps.reopen(text) }),
    });
  }
  if (can.moderate && active) {
    buttons.push({ key: 'reassign', label: t('detail.reassign'), onClick: () => void reassign() });
    buttons.push({
      key: 'duplicate',
      label: t('detail.markDuplicate'),
      onClick: () =>
        ask({
          title: t('detail.markDuplicate'),
          message: t('detail.duplicateWhat'),
          text: { label: t('detail.duplicateId'), maxLength: 80 },
          danger: true,
          run: ({ text }) => steps.markDuplicate(text),
        }),
    });
  }
  if (can.moderate) {
    const label = report.hidden ? t('detail.unhide') : t('detail.hide');
    buttons.push({
      key: 'hide',
      label,
      danger: !report.hidden,
      onClick: () =>
        ask({
          title: label,
          message: report.hidden ? undefined : t('detail.hideWhat'),
          text: { label: t('detail.hideReason'), multiline: true },
          danger: !report.hidden,
          run: ({ text }) => steps.hide(text),
        }),
    });
  }

  if (buttons.length === 0) return null;
  return (
    <View className='actions stack'>
      {buttons.map((button) => (
        <Button
          key={button.key}
          block
          type={button.danger ? 'danger' : 'primary'}
          fill={button.primary ? 'solid' : 'outline'}
          loading={busy === button.key}
          onClick={button.onClick}
        >
          {button.label}
        </Button>
      ))}
    </View>
  );
}
