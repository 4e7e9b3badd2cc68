export default definePageConfig({ navigationBarTitleText: '认养证书' });
