export default definePageConfig({ navigationBarTitleText: '树木认养' });
