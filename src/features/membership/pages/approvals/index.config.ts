export default definePageConfig({ navigationBarTitleText: '入户审核' });
