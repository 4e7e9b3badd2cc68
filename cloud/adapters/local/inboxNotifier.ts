// Local notifications: the inbox is all there is (the kit writes it), so there is nothing to push.
import type { Notifier } from '../../ports';

export function createInboxNotifier(): Notifier {
  return {
    push: async () => undefined,
    templates: () => [],
  };
}
