export default definePageConfig({ navigationBarTitleText: '养护管理' });
