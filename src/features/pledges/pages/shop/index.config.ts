export default definePageConfig({ navigationBarTitleText: '门前三包签署' });
