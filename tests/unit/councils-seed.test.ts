// The demo's councils agree with their own rules: the closed vote's published result is what the tally counts
// from its stored ballots, every timeline ends in its topic's status, and 5栋's register counts owners once.
import { demoData } from '../../cloud/seed/demo';
import { tally } from '../../src/domain/votes/tally';
import { tallyInputOf } from '../../src/domain/votes/tallyInput';

const data = demoData(Date.parse('2026-11-20T09:00:00+08:00'));

describe('the demo councils', () => {
  it('publishes on 东门增设智能快递柜 exactly what its ballots count: passed under the committee’s 60 % rule', () => {
    const vote = data.votes.find((candidate) => candidate.id === 'v-demo-lockers')!;
    const recount = tally(tallyInputOf(vote, data.voteElectors, data.voteTurnout, data.voteBallots));
    expect(vote.result).toEqual(recount);
    expect(recount).toMatchObject({ outcome: 'passed', electorate: { voters: 40 }, takingPart: { voters: 26 }, counts: { yes: { voters: 19 }, no: { voters: 5 }, abstain: { voters: 2 } } });
    expect(data.topics.find((topic) => topic.id === 't-demo-lockers')).toMatchObject({ status: 'accepted', resolution: { outcome: 'passed' } });
  });

  it('ends every topic’s timeline in the topic’s status', () => {
    for (const topic of data.topics) {
      const events = data.topicEvents.filter((event) => event.topicId === topic.id).sort((a, b) => a.at - b.at);
      expect(events[0]!.kind).toBe('proposed');
      expect(events[events.length - 1]!.status).toBe(topic.status);
      expect(data.topicSupports.filter((support) => support.topicId === topic.id)).toHaveLength(topic.supportCount);
    }
  });

  it('registers 5栋 as 36 homes whose owners count once each, and binds only members of 幸福里', () => {
    const units = data.propertyUnits.filter((unit) => unit.buildingId === 'b-5');
    expect(units).toHaveLength(36);
    expect(new Set(units.map((unit) => unit.ownerId)).size).toBe(35);
    const twoUnit = units.filter((unit) => unit.unit === '2');
    expect(twoUnit.reduce((sum, unit) => sum + unit.area, 0)).toBe(97164);
    for (const binding of data.ownerBindings) {
      expect(data.members.find((member) => member.userId === binding.userId)).toMatchObject({ communityId: 'c-xingfuli', status: 'active' });
      expect(data.propertyOwners.map((owner) => owner.id)).toContain(binding.ownerId);
    }
  });
});
