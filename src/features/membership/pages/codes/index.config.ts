export default definePageConfig({ navigationBarTitleText: '住户邀请码' });
