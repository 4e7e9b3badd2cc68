/**
 * @jest-environment jsdom
 */
// Renders the COMPILED poll answer page (features/polls subpackage) from dist/weapp in miniprogram-simulate:
// the questions with their large choices, answered by taps and sent to a fake `linli` cloud function.
import { abilitiesOf } from '../../src/domain/abilities';
import type { SessionView } from '../../src/domain/membership/types';
import type { PollDetail } from '../../src/domain/polls/types';
import { bootCompiledApp, describeCompiled, renderPage, tapText, waitFor, waitForText, type BootedApp } from './simulator';

const ANSWER = 'features/polls/pages/answer/index';

const wang: SessionView = {
  user: { id: 'u_wang', nickname: '王阿姨', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: 'h-5-2-501', householdLabel: '5栋2单元501' },
  pendingRequest: null,
  can: abilitiesOf('resident'),
};

const survey: PollDetail = {
  id: 'p-satisfaction-2026',
  title: '2026年物业服务满意度调查',
  phase: 'open',
  opensAt: Date.parse('2026-11-17T09:00:00+08:00'),
  closesAt: Date.parse('2026-12-01T09:00:00+08:00'),
  anonymous: true,
  unit: 'household',
  questionCount: 2,
  responseCount: null,
  mine: 'awaiting',
  resultsVisible: false,
  description: '每户填写一份，匿名提交',
  questions: [
    { id: 'q1', kind: 'rating', title: '小区保洁（楼道清扫、垃圾清运）', required: true },
    { id: 'q2', kind: 'single', title: '您最希望物业优先改进哪一项？', options: ['保洁', '绿化', '维修'], required: true },
  ],
  audience: { level: 'community' },
  audienceNames: [],
  results: 'afterClose',
  myAnswers: null,
  can: { respond: true, seeResults: false, close: false, exportCsv: false },
};

describeCompiled('compiled mini-program: 民意调查', [ANSWER], () => {
  let app: BootedApp;
  beforeAll(() => {
    app = bootCompiledApp({ route: ANSWER, answers: { 'session.me': wang, 'polls.detail': survey, 'polls.respond': { status: 'answered', receipt: 'p-satisfaction-2026:r:abc' } } });
  });

  it('renders the survey with its rating words and options, and sends the answers tapped', async () => {
    const page = renderPage(ANSWER, { id: survey.id });
    await waitForText(page, '2026年物业服务满意度调查');
    for (const text of ['匿名 · 每户一份', '很不满意', '很满意', '绿化', '结果将在调查结束后公布']) expect(page.dom.textContent).toContain(text);
    expect(app.cloudCalls.find((call) => call.action === 'polls.detail')?.input).toEqual({ pollId: survey.id });

    // A person taps one thing at a time: each choice shows as chosen before the next tap.
    const chosen = () => page.dom.querySelectorAll('[class*="is-on"]').length;
    tapText(page, '满意');
    await waitFor(() => chosen() === 1, 'the score marked');
    tapText(page, '维修');
    await waitFor(() => chosen() === 2, 'the option marked');
    tapText(page, '提交');
    await waitFor(() => app.cloudCalls.some((call) => call.action === 'polls.respond'), 'the answers sent');
    expect(app.cloudCalls.find((call) => call.action === 'polls.respond')?.input).toEqual({ pollId: survey.id, answers: { q1: 4, q2: 2 } });
  });
});
