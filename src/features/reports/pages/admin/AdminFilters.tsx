// The committee's filters: status, category, grid (or the duty queue), overdue only, flagged only.
import { Picker, Text, View } from '@tarojs/components';
import { CATEGORIES, type CategoryKey } from '@/domain/reports/categories';
import type { CommunityMap, ReportStatus } from '@/domain/reports/types';
import { useReportLabels } from '../../labels';
import { useReportsT } from '../../messages';

export interface AdminFilter {
  status?: ReportStatus;
  category?: CategoryKey;
  gridId?: string;
  overdue?: boolean;
  flagged?: boolean;
}

const STATUSES: ReportStatus[] = ['submitted', 'accepted', 'in_progress', 'resolved', 'closed', 'duplicate'];

interface SelectProps {
  label: string;
  options: Array<{ value: string | undefined; label: string }>;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

function Select({ label, options, value, onChange }: SelectProps) {
  const t = useReportsT();
  const index = Math.max(0, options.findIndex((option) => option.value === value));
  return (
    <Picker
      mode='selector'
      range={options.map((option) => option.label)}
      value={index}
      onChange={(event) => onChange(options[Number(event.detail.value)]?.value)}
    >
      <View className={`chip ${value !== undefined ? 'is-active' : ''}`} aria-label={label}>
        <Text>{t('admin.filterValue', { label, value: options[index]?.label ?? '' })}</Text>
      </View>
    </Picker>
  );
}

export function AdminFilters({ filter, map, onChange }: { filter: AdminFilter; map: CommunityMap | null; onChange: (filter: AdminFilter) => void }) {
  const t = useReportsT();
  const labels = useReportLabels();
  const any = { value: undefined, label: t('admin.any') };
  const toggle = (key: 'overdue' | 'flagged') => onChange({ ...filter, [key]: filter[key] ? undefined : true });
  return (
    <View className='card chips'>
      <Select
        label={t('admin.status')}
        value={filter.status}
        options={[any, ...STATUSES.map((status) => ({ value: status, label: labels.status(status) }))]}
        onChange={(value) => onChange({ ...filter, status: value as ReportStatus | undefined })}
      />
      <Select
        label={t('admin.category')}
        value={filter.category}
        options={[any, ...CATEGORIES.map((category) => ({ value: category.key, label: labels.category(category.key) }))]}
        onChange={(value) => onChange({ ...filter, category: value as CategoryKey | undefined })}
      />
      <Select
        label={t('admin.grid')}
        value={filter.gridId}
        options={[any, ...(map?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name })), { value: 'none', label: t('admin.noGrid') }]}
        onChange={(value) => onChange({ ...filter, gridId: value })}
      />
      {(['overdue', 'flagged'] as const).map((key) => (
        <View key={key} role='checkbox' aria-checked={Boolean(filter[key])} className={`chip ${filter[key] ? 'is-active' : ''}`} onClick={() => toggle(key)}>
          {t(`admin.${key}`)}
        </View>
      ))}
    </View>
  );
}
