/**
 * @jest-environment jsdom
 */
// Renders the COMPILED topic and vote pages (features/councils subpackage) from dist/weapp in miniprogram-simulate,
// talking to a fake `linli` cloud function.
import { abilitiesOf } from '../../src/domain/abilities';
import type { SessionView } from '../../src/domain/membership/types';
import { elevatorResult, topicOf, voteOf } from '../pages/councils-fixtures';
import { bootCompiledApp, describeCompiled, renderPage, tapText, waitFor, waitForText, type BootedApp } from './simulator';

const TOPIC = 'features/councils/pages/topic/index';
const VOTE = 'features/councils/pages/vote/index';

const wang: SessionView = {
  user: { id: 'u_wang', nickname: '王阿姨', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: 'h-5-2-501', householdLabel: '5栋2单元501' },
  pendingRequest: null,
  can: abilitiesOf('resident'),
};

const ANSWERS: Record<string, unknown> = {
  'session.me': wang,
  'topics.detail': topicOf({
    status: 'resolution',
    vote: { id: 'v-1', question: '是否同意5栋2单元加装电梯', options: voteOf().options, status: 'closed', rule: 'owners_assembly', opensAt: 0, closesAt: 1 },
    resolution: { outcome: 'passed', publishedAt: 0, result: elevatorResult },
  }),
  'topics.comments': { items: [], nextBefore: null },
  'votes.detail': voteOf({}, { cast: true }),
  'votes.cast': { voted: true },
};

describeCompiled('compiled mini-program: 居民议事', [TOPIC, VOTE], () => {
  let app: BootedApp;
  beforeAll(() => {
    app = bootCompiledApp({ route: TOPIC, answers: ANSWERS });
  });

  it('renders the topic page with its published resolution by owners and area', async () => {
    const page = renderPage(TOPIC, { id: 't-1' });
    await waitForText(page, '决议公开');
    expect(page.dom.textContent).toContain('5栋加装电梯');
    expect(page.dom.textContent).toContain('业主 6/8 人（75.00%）');
    expect(page.dom.textContent).toContain('面积 575.38/754.50 m²（76.26%）');
  });

  it('renders the vote page, takes a choice and asks to confirm before sending it', async () => {
    const page = renderPage(VOTE, { id: 'v-1' });
    await waitForText(page, '是否同意5栋2单元加装电梯');
    expect(page.dom.textContent).toContain('您以「5栋2单元501」参与表决');
    tapText(page, '赞成');
    // The page re-renders through setData before the vote button is enabled (the simulator prefixes classes).
    await waitFor(() => !!page.dom.querySelector('[class~="main--is-active"]'), 'the choice marked');
    tapText(page, '投票');
    await waitForText(page, '投票后不能更改。您的选择：赞成');
    tapText(page, '确定');
    await waitFor(() => app.cloudCalls.some((call) => call.action === 'votes.cast'), 'votes.cast');
    expect(app.cloudCalls.find((call) => call.action === 'votes.cast')?.input).toEqual({ voteId: 'v-1', choice: ['yes'] });
  });
});
