export default definePageConfig({ navigationBarTitleText: '知晓率' });
