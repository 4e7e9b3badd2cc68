// What the colours of the tree map mean.
import { Text, View } from '@tarojs/components';
import { useTreesT } from '../messages';

export function Legend() {
  const t = useTreesT();
  const items = [
    ['is-free', t('map.legendFree')],
    ['is-adopted', t('map.legendAdopted')],
    ['is-attention', t('map.legendAttention')],
    ['is-heritage', t('map.heritage')],
  ] as const;
  return (
    <View className='tree-legend' role='list'>
      {items.map(([tone, name]) => (
        <View key={tone} className='row tree-legend__item' role='listitem'>
          <View className={`tree-legend__dot ${tone}`} />
          <Text className='muted'>{name}</Text>
        </View>
      ))}
    </View>
  );
}
