export default definePageConfig({ navigationBarTitleText: '文明承诺' });
