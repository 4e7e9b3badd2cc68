export default definePageConfig({ navigationBarTitleText: '民意调查' });
