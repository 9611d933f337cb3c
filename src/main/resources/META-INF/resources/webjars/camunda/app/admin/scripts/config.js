/*
 * Thi Đua Flow: configuration of the Camunda 7 webapp (the webapps' supported customization, see
 * https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/). This file replaces the one in
 * camunda-webapp-webjar: the application's classes come first on the class path.
 * Vietnamese first (locales/vi.json), English as fallback for any label without a translation and for browsers
 * not set to Vietnamese.
 */

export default {
  app: {
    vendor: 'Thi Đua Flow —',
    name: 'Quản trị'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY',
    abbr: 'DD/MM/YYYY HH:mm'
  }
};
