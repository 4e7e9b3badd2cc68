// A small rounded label: a role, a status, "coming soon".
import { Text } from '@tarojs/components';

export type BadgeTone = 'brand' | 'warning' | 'muted';

export function Badge({ tone = 'brand', children }: { tone?: BadgeTone; children: string }) {
  return <Text className={`badge badge--${tone}`}>{children}</Text>;
}
