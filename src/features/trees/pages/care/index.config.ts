export default definePageConfig({ navigationBarTitleText: '养护打卡' });
