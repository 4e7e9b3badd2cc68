export default definePageConfig({ navigationBarTitleText: '发起调查' });
