export default definePageConfig({ navigationBarTitleText: '填写调查' });
