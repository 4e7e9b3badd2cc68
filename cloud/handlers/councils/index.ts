// 居民议事 and 表决 handlers, one per action of src/domain/councils/actions.ts.
import type { councilActions } from '../../../src/domain/councils/actions';
import type { HandlerTable } from '..';
import { bindCandidates, bindOwner, unbindOwner } from '../register/bindings';
import { importUnits } from '../register/importUnits';
import { listUnits } from '../register/listUnits';
import { removeUnit } from '../register/removeUnit';
import { saveUnit } from '../register/saveUnit';
import { castBallot } from '../votes/castBallot';
import { castPaper } from '../votes/castPaper';
import { createVote } from '../votes/createVote';
import { listElectors } from '../votes/listElectors';
import { listVotes } from '../votes/listVotes';
import { tallyFile } from '../votes/tallyFile';
import { updateVote } from '../votes/updateVote';
import { voteDetail } from '../votes/voteDetail';
import { acceptTopic } from './acceptTopic';
import { addComment } from './addComment';
import { declineTopic, implementTopic, mergeTopic, putOnAgenda, reconsiderTopic } from './committeeMoves';
import { listComments } from './listComments';
import { listTopics } from './listTopics';
import { proposeTopic } from './proposeTopic';
import { publishMinutes } from './publishMinutes';
import { scheduleMeeting } from './scheduleMeeting';
import { councilSettings, updateCouncilSettings } from './settings';
import { supportTopic } from './supportTopic';
import { topicDetail } from './topicDetail';

export const councilHandlers: Pick<HandlerTable, keyof typeof councilActions> = {
  'councils.settings': councilSettings,
  'councils.updateSettings': updateCouncilSettings,
  'topics.list': listTopics,
  'topics.detail': topicDetail,
  'topics.propose': proposeTopic,
  'topics.support': supportTopic,
  'topics.comments': listComments,
  'topics.comment': addComment,
  'topics.putOnAgenda': putOnAgenda,
  'topics.merge': mergeTopic,
  'topics.decline': declineTopic,
  'topics.scheduleMeeting': scheduleMeeting,
  'topics.publishMinutes': publishMinutes,
  'topics.reconsider': reconsiderTopic,
  'topics.implement': implementTopic,
  'topics.accept': acceptTopic,
  'votes.list': listVotes,
  'votes.detail': voteDetail,
  'votes.create': createVote,
  'votes.update': updateVote,
  'votes.cast': castBallot,
  'votes.castPaper': castPaper,
  'votes.electors': listElectors,
  'votes.tallyFile': tallyFile,
  'register.units': listUnits,
  'register.saveUnit': saveUnit,
  'register.removeUnit': removeUnit,
  'register.import': importUnits,
  'register.candidates': bindCandidates,
  'register.bind': bindOwner,
  'register.unbind': unbindOwner,
};
