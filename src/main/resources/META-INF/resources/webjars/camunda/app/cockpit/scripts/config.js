/*
 * Thi Đua Flow: configuration of the Camunda 7 webapp (the webapps' supported customization, see
 * https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/). This file replaces the one in
 * camunda-webapp-webjar: the application's classes come first on the class path.
 * The languages and date formats all four apps share are in ../../thiduaflow-webapps.js.
 */

import {dateFormat, locales, vendor} from '../../thiduaflow-webapps.js';

export default {
  app: {
    vendor,
    name: 'Giám sát'
  },
  locales,
  dateFormat
};
