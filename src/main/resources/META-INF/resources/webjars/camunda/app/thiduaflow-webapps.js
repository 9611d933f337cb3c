/*
 * Thi Đua Flow: what the four Camunda webapps (Tasklist, Cockpit, Admin, welcome page) share in their config.js, an
 * ES module each app imports (scripts/config.js → ../../thiduaflow-webapps.js). Vietnamese first (locales/vi.json),
 * English as fallback for any label without a translation and for browsers not set to Vietnamese; dates as Vietnamese
 * documents write them (day/month/year, 24-hour clock).
 */

/** The product's name before each app's own name in the header and the browser's title. */
export const vendor = 'Thi Đua Flow —';

export const locales = {
  availableLocales: ['vi', 'en'],
  fallbackLocale: 'en'
};

export const dateFormat = {
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd, DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY',
  abbr: 'DD/MM/YYYY HH:mm'
};
