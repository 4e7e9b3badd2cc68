export default definePageConfig({ navigationBarTitleText: '参与名单' });
