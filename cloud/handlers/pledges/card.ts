// The signer's card: what the app draws for them to save or share — the pledge, their name and their place in
// the order of signing (第 N 位).
import type { Community } from '../../../src/domain/membership/types';
import { signedAs } from '../../../src/domain/pledges/rules';
import type { SignerCard } from '../../../src/domain/pledges/types';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadPledge, mySignatures } from './access';

export const signerCard: ActionHandler<'pledges.card'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const pledge = await loadPledge(store, input.pledgeId);
  const signature = (await mySignatures(store, actor, [pledge.id])).get(pledge.id);
  if (!signature) throw conflict('pledge.notSigned');
  const [community, number] = await Promise.all([
    store.get<Community>('communities', pledge.communityId),
    store.count('pledgeSignatures', { pledgeId: pledge.id, createdAt: { $lte: signature.createdAt } }),
  ]);
  const card: SignerCard = {
    pledgeTitle: pledge.title,
    kind: pledge.kind,
    term: pledge.term,
    communityName: community?.name ?? '',
    name: signature.name,
    as: signedAs(signature.signerKey),
    number,
    signedAt: signature.createdAt,
    clauses: pledge.clauses,
  };
  return card;
};
