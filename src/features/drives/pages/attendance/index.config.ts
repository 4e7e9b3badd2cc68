export default definePageConfig({ navigationBarTitleText: '签到与时长' });
