// The CloudBase Store passes the shared contract over FakeCloudBaseDatabase (the real SDK's commands and
// serializers, MongoDB rules, snapshot-isolated transactions with write conflicts), with and without latency.
import { createCloudbaseStore } from '../../cloud/adapters/wx/cloudbaseStore';
import { FakeCloudBaseDatabase } from '../support/fake-cloudbase';
import { withLatency } from '../support/latency-store';
import { describeStoreContract } from './store-contract';

const noCleanup = async (): Promise<void> => undefined;

describeStoreContract('CloudBase over FakeCloudBaseDatabase', async () => ({ store: createCloudbaseStore(new FakeCloudBaseDatabase()), cleanup: noCleanup }));

describeStoreContract('CloudBase over FakeCloudBaseDatabase through 1–3 ms latency', async () => ({
  store: withLatency(createCloudbaseStore(new FakeCloudBaseDatabase()), { seed: 11 }),
  cleanup: noCleanup,
}));
