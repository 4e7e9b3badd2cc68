import { defineFeature } from '../common/feature';
import { treeActions } from './actions';
import { treeMessages, treeNotices } from './words';

export const treesFeature = defineFeature({ name: 'trees', actions: treeActions, messages: treeMessages, notices: treeNotices });
