// A tree as first registered: healthy unless told otherwise, free, never cared for. Its id is made of the
// community and the committee's own number, so the same number can never be registered twice.
import type { Tree } from './types';

export const treeIdFor = (communityId: string, code: string): string => `t_${communityId}_${code}`;

export type NewTreeFields = Pick<Tree, 'communityId' | 'code' | 'species' | 'lat' | 'lng' | 'spot' | 'gridId' | 'plantedYear' | 'condition' | 'heritage' | 'photos'> & {
  beltId?: string | null;
  now: number;
};

export function newTree({ now, beltId = null, ...fields }: NewTreeFields): Tree {
  return {
    id: treeIdFor(fields.communityId, fields.code),
    ...fields,
    beltId,
    adoptionId: null,
    adopterId: null,
    adopterKind: null,
    adopterHouseholdId: null,
    adopterName: null,
    adoptedUntil: 0,
    lastCareAt: null,
    caseId: null,
    createdAt: now,
    updatedAt: now,
  };
}
