export default definePageConfig({ navigationBarTitleText: '议题详情' });
