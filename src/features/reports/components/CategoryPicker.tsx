// The problem categories as large chips; one is chosen.
import { View } from '@tarojs/components';
import { CATEGORIES, type CategoryKey } from '@/domain/reports/categories';
import { useReportLabels } from '../labels';

export function CategoryPicker({ value, onChange }: { value: CategoryKey | null; onChange: (key: CategoryKey) => void }) {
  const labels = useReportLabels();
  return (
    <View className='chips' role='radiogroup'>
      {CATEGORIES.map((category) => (
        <View
          key={category.key}
          role='radio'
          aria-checked={value === category.key}
          className={`chip ${value === category.key ? 'is-active' : ''}`}
          onClick={() => onChange(category.key)}
        >
          {labels.category(category.key)}
        </View>
      ))}
    </View>
  );
}
