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
    name: 'Công việc'
  },
  locales,
  dateFormat,
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'nhận công việc đang chọn' },
    focusFilter: { key: 'ctrl+shift+f', description: 'chuyển tới bộ lọc đầu tiên' },
    focusList: { key: 'ctrl+alt+l', description: 'chuyển tới công việc đầu tiên trong danh sách' },
    focusForm: { key: 'ctrl+alt+f', description: 'chuyển tới ô nhập đầu tiên của biểu mẫu' },
    startProcess: { key: 'ctrl+alt+p', description: 'mở hộp thoại bắt đầu quy trình' }
  },
  // the first-login message points to Camunda's welcome page; officials start from their filter instead
  disableWelcomeMessage: true,
  // Camunda Forms with a dynamic list (the nominee list) can be completed: see thiduaflow-form-validity.js;
  // form-js's and the date picker's texts and relative times in Vietnamese: thiduaflow-texts.js; the plan's window
  // and the server's refusals beside the field: thiduaflow-form-refusals.js
  requireJsConfig: {
    deps: ['thiduaflow-form-validity', 'thiduaflow-texts', 'thiduaflow-form-refusals'],
    paths: {
      'thiduaflow-form-validity': 'scripts/thiduaflow-form-validity',
      'thiduaflow-texts': 'scripts/thiduaflow-texts',
      'thiduaflow-form-refusals': 'scripts/thiduaflow-form-refusals'
    },
    ngDeps: ['thiduaflow.formValidity', 'thiduaflow.texts', 'thiduaflow.formRefusals']
  }
};
