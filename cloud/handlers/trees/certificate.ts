// The adoption certificate's facts, for the app to draw on a canvas: only the adopter (or their household) gets it.
import { chinaDate } from '../../../src/domain/common/days';
import type { Community, User } from '../../../src/domain/membership/types';
import { isAdopterOf } from '../../../src/domain/trees/rules';
import type { CertificateView } from '../../../src/domain/trees/types';
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { loadAdoption, loadTree } from './access';

export const treeCertificate: ActionHandler<'trees.certificate'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const adoption = await loadAdoption(store, input.adoptionId);
  if (!isAdopterOf(actor, adoption)) throw forbidden('tree.notAdopter');
  const [tree, community, adopter] = await Promise.all([
    loadTree(store, adoption.treeId),
    store.get<Community>('communities', adoption.communityId),
    store.get<User>('users', adoption.adopterId),
  ]);
  const view: CertificateView = {
    number: `${tree.code}-${chinaDate(adoption.startsAt).year}-${adoption.id.slice(-4).toUpperCase()}`,
    communityName: community?.name ?? '',
    adopterName: adopter?.nickname ?? '',
    kind: adoption.kind,
    species: tree.species,
    treeCode: tree.code,
    spot: tree.spot,
    plantedYear: tree.plantedYear,
    heritage: tree.heritage,
    startsAt: adoption.startsAt,
    endsAt: adoption.endsAt,
  };
  return view;
};
