// Every call ends in one envelope: unknown actions, bad input, the wrong role and crashes included.
import { handlers } from '../../cloud/handlers';
import { renderMessage } from '../../src/domain/messages';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';

let world: DemoWorld;
const logged: Array<{ details: Record<string, unknown>; message: string }> = [];

beforeEach(async () => {
  logged.length = 0;
  world = await demoWorld({
    handlers: {
      ...handlers,
      // A handler failing the way real bugs do: an Error carrying internals.
      'inbox.list': async () => {
        throw new Error('SQLITE_CORRUPT at /srv/linli/data/linli.db password=hunter2');
      },
    },
    log: { error: (details, message) => logged.push({ details, message }) },
  });
});
afterEach(() => world.close());

describe('the dispatcher', () => {
  it('answers UNKNOWN_ACTION for an action the catalogue does not declare', async () => {
    const answer = await world.dispatch({ action: 'users.deleteAll', input: {} }, { openid: 'demo:committee-chen' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });

  it('answers INVALID_INPUT for a request without an action', async () => {
    expect(await world.dispatch('session.me', { openid: 'demo:resident-wang' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers INVALID_INPUT naming each bad field', async () => {
    const answer = await world.demo('resident-wang')('membership.requestJoin', { communityId: '', householdId: 7 as unknown as string, note: 'x'.repeat(101) });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(answer.error.fields ?? {}).sort()).toEqual(['communityId', 'householdId', 'note']);
    expect(answer.error.fields?.note).toBe('field.maxChars?max=100');
    expect(renderMessage(answer.error.fields!.note!, 'zh')).toBe('最多100个字');
    expect(renderMessage(answer.error.fields!.note!, 'en')).toBe('At most 100 characters');
  });

  it('answers UNAUTHENTICATED when there is no verified caller', async () => {
    expect(await world.dispatch({ action: 'session.me', input: {} }, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers FORBIDDEN to a guest calling a staff action', async () => {
    const answer = await world.as('dev:guest')('membership.pendingRequests');
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '请先加入社区' } });
  });

  it('answers FORBIDDEN to a resident calling a committee action', async () => {
    expect(await world.demo('resident-li')('membership.pendingRequests')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('turns an unexpected error into INTERNAL without leaking its message or stack, and logs it', async () => {
    const answer = await world.demo('resident-wang')('inbox.list');
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const text = JSON.stringify(answer);
    expect(text).not.toMatch(/SQLITE|hunter2|\/srv|stack|at .*\.ts/);
    expect(logged).toEqual([expect.objectContaining({ details: expect.objectContaining({ action: 'inbox.list' }) })]);
  });

  it('still answers other actions after a handler crashed', async () => {
    await world.demo('resident-wang')('inbox.list');
    expect(dataOf(await world.demo('resident-wang')('session.me')).membership?.communityName).toBe('幸福里社区');
  });
});
