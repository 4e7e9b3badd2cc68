export default definePageConfig({ navigationBarTitleText: '全部案件' });
