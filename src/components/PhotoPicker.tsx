// Up to `max` photos: 添加照片 asks camera or album (NutUI's ActionSheet, in the reader's language), then each
// photo is uploaded at once and kept as a file id.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Picture } from './Picture';
import { errorRef, useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { ensureConsent } from '@/services/privacy';
import { chooseAndUploadImages, PICK_CANCELLED, type PhotoSource, type UploadedImage } from '@/services/upload';
import { ActionSheet } from './nutui';
import './PhotoPicker.scss';

export interface PhotoPickerProps {
  photos: UploadedImage[];
  onChange: (photos: UploadedImage[]) => void;
  max?: number;
}

export function PhotoPicker({ photos, onChange, max = 9 }: PhotoPickerProps) {
  const t = useT();
  const message = useServerMessage();
  const [asking, setAsking] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    if (uploading || photos.length >= max) return;
    setError(null);
    // Consent first: the picker then opens straight from the tap on 拍摄 / 从相册选择.
    if (await ensureConsent('report')) setAsking(true);
    else setError('membership.consentRequired');
  };

  const pick = async (source: PhotoSource) => {
    setAsking(false);
    setUploading(true);
    const uploaded = await chooseAndUploadImages(max - photos.length, source);
    setUploading(false);
    if (uploaded.ok) onChange([...photos, ...uploaded.data].slice(0, max));
    else if (uploaded.error.reason !== PICK_CANCELLED) setError(errorRef(uploaded.error));
  };

  const sources: Array<{ name: string; source: PhotoSource }> = [
    { name: t('photo.camera'), source: 'camera' },
    { name: t('photo.album'), source: 'album' },
  ];

  return (
    <View>
      <View className='photo-picker'>
        {photos.map((photo, index) => (
          <View key={photo.fileId} className='photo-picker__item'>
            <Picture className='photo-picker__image' src={photo.previewUrl} mode='aspectFill' alt={t('photo.nth', { n: index + 1 })} />
            <View
              className='photo-picker__remove'
              role='button'
              aria-label={t('photo.remove')}
              onClick={() => onChange(photos.filter((_, at) => at !== index))}
            >
              ×
            </View>
          </View>
        ))}
        {photos.length < max ? (
          <View className='photo-picker__add' role='button' aria-label={t('photo.add')} onClick={() => void add()}>
            <Text className='photo-picker__plus'>{uploading ? '…' : '+'}</Text>
            <Text className='photo-picker__add-label'>{uploading ? t('photo.uploading') : t('photo.add')}</Text>
          </View>
        ) : null}
      </View>
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
      <ActionSheet
        visible={asking}
        title={t('photo.source')}
        options={sources}
        cancelText={t('photo.cancel')}
        onSelect={(item) => void pick((item as unknown as { source: PhotoSource }).source)}
        onCancel={() => setAsking(false)}
        onClose={() => setAsking(false)}
      />
    </View>
  );
}
