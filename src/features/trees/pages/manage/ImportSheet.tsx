// The committee pastes its tree register (CSV saved from the sheet); every problem is named by its line.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ImportResult } from '@/domain/trees/types';
import { TextArea } from '@/components/TextArea';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { useTreesT } from '../../messages';

export function ImportSheet() {
  const t = useTreesT();
  const message = useServerMessage();
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const importTrees = useAction('trees.import');
  const send = async () => {
    const envelope = await importTrees.run({ csv });
    setResult(envelope.ok ? envelope.data : null);
  };
  return (
    <View className='card'>
      <Text className='title'>{t('manage.import')}</Text>
      <TextArea label={t('manage.import')} placeholder={t('manage.importHint')} value={csv} maxLength={400_000} onChange={setCsv} />
      {importTrees.error ? <Text className='form-error'>{message(importTrees.error)}</Text> : null}
      {result && !result.problems.length ? (
        <View role='status'>
          <Text className='body-text'>{t('manage.imported', { created: result.created, updated: result.updated })}</Text>
        </View>
      ) : null}
      {result?.problems.map((problem) => (
        <Text key={`${problem.line}-${problem.field}`} className='form-error'>
          {t('manage.importProblem', { line: problem.line, reason: message(problem.reason) })}
        </Text>
      ))}
      <View className='actions'>
        <Button type='primary' block loading={importTrees.pending} onClick={() => void send()}>
          {t('manage.importSubmit')}
        </Button>
      </View>
    </View>
  );
}
