// Who files and handles the bench reports, taken from the demo world's members, each with a few real photos.
import { demoData, demoOpenid } from '../cloud/seed/demo';
import type { Files } from '../cloud/ports';
import type { Member } from '../src/domain/membership/types';
import { placeholderPng } from '../cloud/seed/png';

export interface Person {
  userId: string;
  /** Photos this person uploaded (file ids owned by them), used as report photos or after-photos. */
  fileIds: string[];
}

export interface Cast {
  /** Residents per community. */
  residents: Record<string, Person[]>;
  /** The worker of each grid. */
  workers: Record<string, Person>;
  /** Committee members per community. */
  committee: Record<string, Person[]>;
  street: Person;
  /** Grid boundaries, for routing. */
  grids: Array<{ id: string; communityId: string; polygon: Array<[number, number]> }>;
  /** The demo caller that creates reports through the dispatcher (and its own photo). */
  caller: { openid: string; userId: string; fileId: string };
  /** The demo grid worker whose queue is measured. */
  worker: { openid: string; userId: string; gridId: string };
}

const PHOTOS_PER_PERSON = 3;

async function photosOf(files: Files, userId: string, salt: number): Promise<string[]> {
  const saved = await Promise.all(
    Array.from({ length: PHOTOS_PER_PERSON }, (_, i) => files.save({ bytes: placeholderPng([(salt * 37) % 256, (i * 90) % 256, 128], undefined, 4, 4), ownerId: userId })),
  );
  return saved.map((file) => file.fileId);
}

/** Reads the cast from the demo data (the seeded store holds the same records) and uploads their photos. */
export async function castOf(files: Files, now: number, callerKey: string, workerKey: string): Promise<Cast> {
  const data = demoData(now);
  const userIdOf = (openid: string): string => data.users.find((user) => user.openid === openid)!.id;
  const active = data.members.filter((member) => member.status === 'active');
  let salt = 0;
  const person = async (member: Member): Promise<Person> => ({ userId: member.userId, fileIds: await photosOf(files, member.userId, (salt += 1)) });
  const group = async (role: Member['role']): Promise<Record<string, Person[]>> => {
    const out: Record<string, Person[]> = {};
    for (const member of active.filter((m) => m.role === role)) (out[member.communityId] ??= []).push(await person(member));
    return out;
  };

  const workers: Record<string, Person> = {};
  for (const member of active.filter((m) => m.role === 'grid_worker')) {
    const worker = await person(member);
    for (const gridId of member.gridIds) workers[gridId] = worker;
  }
  const callerId = userIdOf(demoOpenid(callerKey));
  const workerMember = active.find((m) => m.userId === userIdOf(demoOpenid(workerKey)))!;
  const [callerPhoto] = await photosOf(files, callerId, 999);
  return {
    residents: await group('resident'),
    workers,
    committee: await group('committee'),
    street: await person(active.find((m) => m.role === 'street')!),
    grids: data.grids.map(({ id, communityId, polygon }) => ({ id, communityId, polygon })),
    caller: { openid: demoOpenid(callerKey), userId: callerId, fileId: callerPhoto! },
    worker: { openid: demoOpenid(workerKey), userId: workerMember.userId, gridId: workerMember.gridIds[0]! },
  };
}
