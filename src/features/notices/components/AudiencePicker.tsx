// Whom a notice goes to: the whole community, some grids, or some buildings (grouped under their grid), picked as
// chips from the community's own places. Polls and drives can pick their audience with it too.
import { Text, View } from '@tarojs/components';
import type { Audience } from '@/domain/common/scope';
import type { PlaceTree } from '@/domain/places/actions';
import { useNoticesT } from '../messages';

export interface AudienceDraft {
  level: Audience['level'];
  ids: string[];
}

export const toAudience = (draft: AudienceDraft): Audience =>
  draft.level === 'community' ? { level: 'community' } : { level: draft.level, ids: draft.ids };

interface ChipProps {
  label: string;
  on: boolean;
  onClick: () => void;
  role?: 'radio' | 'checkbox';
}

const Chip = ({ label, on, onClick, role = 'checkbox' }: ChipProps) => (
  <View role={role} aria-checked={on} className={`chip ${on ? 'is-active' : ''}`} onClick={onClick}>
    {label}
  </View>
);

export function AudiencePicker({ tree, value, onChange }: { tree: PlaceTree; value: AudienceDraft; onChange: (draft: AudienceDraft) => void }) {
  const t = useNoticesT();
  const toggle = (id: string) => onChange({ ...value, ids: value.ids.includes(id) ? value.ids.filter((picked) => picked !== id) : [...value.ids, id] });
  const levels: Array<[Audience['level'], string]> = [
    ['community', t('publish.audienceCommunity')],
    ['grid', t('publish.audienceGrids')],
    ['building', t('publish.audienceBuildings')],
  ];
  return (
    <View className='audience-picker'>
      <View className='chips' role='radiogroup' aria-label={t('publish.audience')}>
        {levels.map(([level, label]) => (
          <Chip key={level} role='radio' label={label} on={value.level === level} onClick={() => onChange({ level, ids: [] })} />
        ))}
      </View>
      {value.level === 'grid' ? (
        <View className='chips audience-picker__places' aria-label={t('publish.audienceGrids')}>
          {tree.grids.map((grid) => (
            <Chip key={grid.id} label={grid.name} on={value.ids.includes(grid.id)} onClick={() => toggle(grid.id)} />
          ))}
        </View>
      ) : null}
      {value.level === 'building'
        ? tree.grids.map((grid) => (
            <View key={grid.id} className='audience-picker__group'>
              <Text className='muted'>{grid.name}</Text>
              <View className='chips audience-picker__places' aria-label={grid.name}>
                {grid.buildings.map((building) => (
                  <Chip key={building.id} label={building.name} on={value.ids.includes(building.id)} onClick={() => toggle(building.id)} />
                ))}
              </View>
            </View>
          ))
        : null}
    </View>
  );
}
