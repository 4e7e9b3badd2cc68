// A pledge's page: its clauses, my signature if any, and whether I may sign (or sign for my shop).
import { signerKeyFor } from '../../../src/domain/pledges/rules';
import type { PledgeDetail } from '../../../src/domain/pledges/types';
import type { ActionHandler } from '../context';
import { loadPledge, mySignatures } from './access';
import { mySignatureView, summaries } from './views';

export const pledgeDetail: ActionHandler<'pledges.detail'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const pledge = await loadPledge(store, input.pledgeId);
  const mine = await mySignatures(store, actor, [pledge.id]);
  const [summary] = await summaries(ctx.files, [pledge], mine);
  const signature = mine.get(pledge.id) ?? null;
  const open = pledge.status === 'open';
  const detail: PledgeDetail = {
    ...summary!,
    clauses: pledge.clauses,
    mine: signature ? mySignatureView(actor, signature) : null,
    can: {
      sign: !signature && signerKeyFor(actor, pledge).kind === 'ok',
      signAsShop: !signature && open && pledge.audience === 'shops',
      close: open && actor.role === 'committee',
    },
  };
  return detail;
};
