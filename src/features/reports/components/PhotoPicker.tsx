// 1–9 photos: camera or album on WeChat, a file picker on H5; each is uploaded at once and kept as a file id.
import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { useServerMessage, errorRef } from '@/services/i18n';
import { chooseAndUploadImages, type UploadedImage } from '@/services/upload';
import { useReportsT } from '../messages';

export const MAX_PHOTOS = 9;

export interface PhotoPickerProps {
  photos: UploadedImage[];
  onChange: (photos: UploadedImage[]) => void;
}

export function PhotoPicker({ photos, onChange }: PhotoPickerProps) {
  const t = useReportsT();
  const message = useServerMessage();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    if (uploading || photos.length >= MAX_PHOTOS) return;
    setError(null);
    setUploading(true);
    const uploaded = await chooseAndUploadImages(MAX_PHOTOS - photos.length);
    setUploading(false);
    if (uploaded.ok) onChange([...photos, ...uploaded.data].slice(0, MAX_PHOTOS));
    else if (uploaded.error.reason !== 'cancelled') setError(errorRef(uploaded.error));
  };

  return (
    <View>
      <View className='photo-picker'>
        {photos.map((photo, index) => (
          <View key={photo.fileId} className='photo-picker__item'>
            <Image className='photo-picker__image' src={photo.previewUrl} mode='aspectFill' />
            <View
              className='photo-picker__remove'
              aria-label={t('new.removePhoto')}
              onClick={() => onChange(photos.filter((_, at) => at !== index))}
            >
              ×
            </View>
          </View>
        ))}
        {photos.length < MAX_PHOTOS ? (
          <View className='photo-picker__add' role='button' aria-label={t('new.addPhoto')} onClick={add}>
            <Text className='photo-picker__plus'>{uploading ? '…' : '+'}</Text>
            <Text className='photo-picker__add-label'>{uploading ? t('new.uploading') : t('new.addPhoto')}</Text>
          </View>
        ) : null}
      </View>
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
    </View>
  );
}
