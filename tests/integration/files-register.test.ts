// A photo becomes usable in an action only once the cloud has vouched for it as the caller's own image:
// locally the gateway recorded the upload; on WeChat the client uploaded to cloud storage and registers the id.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createCloudFiles, type WxStorage } from '../../cloud/adapters/wx/cloudFiles';
import { userIdFor } from '../../cloud/handlers/actor';
import { createDispatcher } from '../../cloud/dispatcher';
import { demoOpenid } from '../../cloud/seed/demo';
import { placeholderPng } from '../../cloud/seed/png';
import type { Envelope } from '../../src/domain/envelope';
import { dataOf, demoWorld, quietLog, type DemoWorld } from '../support/demo-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(async () => {
  await world.close();
});

const wangId = userIdFor(demoOpenid('resident-wang'));
const IN_GRID_2 = { lat: 30.66, lng: 104.0815 };
const codeOf = (envelope: Envelope<unknown>) => (envelope.ok ? 'ok' : envelope.error.code);

describe('files.register behind the gateway', () => {
  it('confirms a photo the caller uploaded, and refuses it to anyone else', async () => {
    const photo = await world.ports.files.save({ bytes: placeholderPng([120, 90, 60]), ownerId: wangId });
    expect(dataOf(await world.demo('resident-wang')('files.register', { fileId: photo.fileId }))).toEqual({ fileId: photo.fileId });
    expect(codeOf(await world.demo('resident-li')('files.register', { fileId: photo.fileId }))).toBe('FORBIDDEN');
    expect(codeOf(await world.demo('resident-wang')('files.register', { fileId: 'local/0000000000000000.png' }))).toBe('NOT_FOUND');
  });
});

/** Cloud storage as the function sees it, holding what clients uploaded. A fake: WeChat's servers cannot run here. */
function fakeCloudStorage(uploaded: Record<string, Buffer>): WxStorage {
  return {
    async uploadFile({ cloudPath, fileContent }) {
      const fileID = `cloud://env-test.bucket/${cloudPath}`;
      uploaded[fileID] = fileContent;
      return { fileID };
    },
    async downloadFile({ fileID }) {
      const fileContent = uploaded[fileID];
      if (!fileContent) throw new Error('STORAGE_FILE_NONEXIST');
      return { fileContent };
    },
    async getTempFileURL({ fileList }) {
      return { fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.slice(8)}`, status: 0 })) };
    },
    async deleteFile({ fileList }) {
      for (const fileID of fileList) delete uploaded[fileID];
      return { fileList: fileList.map((fileID) => ({ fileID, status: 0 })) };
    },
  };
}

describe('files.register on WeChat cloud storage', () => {
  const photoId = 'cloud://env-test.bucket/uploads/wang-1.png';
  const notAnImage = 'cloud://env-test.bucket/uploads/wang-2.png';
  let dispatchAs: (key: string) => <A extends 'files.register' | 'reports.create'>(action: A, input: unknown) => Promise<Envelope<unknown>>;

  beforeEach(() => {
    const files = createCloudFiles({
      cloud: fakeCloudStorage({ [photoId]: placeholderPng([60, 120, 90]), [notAnImage]: Buffer.from('#!/bin/sh\necho not a photo\n') }),
      store: world.ports.store,
      clock: world.clock,
    });
    const dispatch = createDispatcher({ ...world.ports, files }, { log: quietLog });
    dispatchAs = (key) => (action, input) => dispatch({ action, input }, { openid: demoOpenid(key) });
  });

  it('checks the bytes, records the uploader as owner, and then lets the photo into a report', async () => {
    const report = {
      category: 'clutter',
      description: '楼下堆了旧家具',
      photoIds: [photoId],
      ...IN_GRID_2,
      address: '5栋东侧',
    };
    const unknownPhoto = await dispatchAs('resident-wang')('reports.create', report);
    expect(unknownPhoto.ok ? null : unknownPhoto.error.fields).toHaveProperty('photoIds');

    expect(codeOf(await dispatchAs('resident-wang')('files.register', { fileId: photoId }))).toBe('ok');
    expect(await world.ports.store.get('files', photoId)).toMatchObject({ ownerId: wangId, mime: 'image/png' });
    expect(codeOf(await dispatchAs('resident-wang')('reports.create', report))).toBe('ok');
  });

  it('refuses a file whose bytes are not an image, whatever its name', async () => {
    const refused = await dispatchAs('resident-wang')('files.register', { fileId: notAnImage });
    expect(codeOf(refused)).toBe('INVALID_INPUT');
    expect(await world.ports.store.get('files', notAnImage)).toBeNull();
  });

  it('keeps the first uploader as owner: nobody else can claim the photo', async () => {
    expect(codeOf(await dispatchAs('resident-wang')('files.register', { fileId: photoId }))).toBe('ok');
    expect(codeOf(await dispatchAs('resident-li')('files.register', { fileId: photoId }))).toBe('FORBIDDEN');
  });

  it('refuses an id that is not a cloud file', async () => {
    expect(codeOf(await dispatchAs('resident-wang')('files.register', { fileId: 'https://elsewhere.example/a.png' }))).toBe('INVALID_INPUT');
  });
});
