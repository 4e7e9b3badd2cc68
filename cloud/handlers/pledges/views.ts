// What residents see of pledges: counts, their own signature, shops without their owner or phone.
import { mayWithdraw, signedAs } from '../../../src/domain/pledges/rules';
import type { MySignature, Pledge, PledgeSummary, Signature } from '../../../src/domain/pledges/types';
import type { Actor } from '../../../src/domain/roles';
import { passedIds, urlsOf } from '../../kit/content';
import type { Files } from '../../ports';

export async function summaries(files: Files, pledges: readonly Pledge[], mine: Map<string, Signature>): Promise<PledgeSummary[]> {
  const urls = await urlsOf(files, pledges.flatMap((pledge) => passedIds(pledge.cover).slice(0, 1)));
  return pledges.map((pledge) => {
    const cover = passedIds(pledge.cover)[0];
    return {
      id: pledge.id,
      kind: pledge.kind,
      title: pledge.title,
      term: pledge.term,
      audience: pledge.audience,
      target: pledge.target,
      signedCount: Math.max(0, pledge.signedCount),
      coverUrl: cover ? urls.get(cover) || null : null,
      status: pledge.status,
      signedByMe: mine.has(pledge.id),
      createdAt: pledge.createdAt,
    };
  });
}

export const mySignatureView = (actor: Actor, signature: Signature): MySignature => ({
  signerKey: signature.signerKey,
  as: signedAs(signature.signerKey),
  name: signature.name,
  showName: signature.showName,
  createdAt: signature.createdAt,
  mayWithdraw: mayWithdraw(actor, signature),
});
