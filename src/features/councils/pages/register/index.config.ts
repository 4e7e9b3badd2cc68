export default definePageConfig({ navigationBarTitleText: '房屋台账' });
