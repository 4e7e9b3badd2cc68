export default definePageConfig({ navigationBarTitleText: '承诺墙' });
