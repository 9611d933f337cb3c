/*
 * Thi Đua Flow: Tasklist in Vietnamese where Camunda's own translations (locales/vi.json) do not reach. Loaded through
 * Tasklist's requireJsConfig (config.js), like thiduaflow-form-validity.js.
 *
 * - form-js 1.8.7, which draws the Camunda Forms, has no setting for its language: its validation messages ("Field is
 *   required." …), the select's "Select"/"Search", "No results", "Add new" of a dynamic list and its buttons' labels
 *   for screen readers are English. Its texts inside a form (`.fjs-container`) are replaced by Vietnamese ones as they
 *   are drawn (a MutationObserver: form-js draws again on every change, and only where its text changed).
 * - form-js writes and reads a date in the browser's own order (Intl.DateTimeFormat('default'): a browser set to
 *   English shows "mm/dd/yyyy"). While Tasklist is in Vietnamese, that call answers the Vietnamese order with leading
 *   zeros, dd/MM/yyyy, the order of the application's documents (Decree 30/2020); only a call with exactly the locale
 *   'default' and no options is changed, which is form-js's.
 * - The date picker form-js uses (flatpickr, bundled in it, its instance on the input as `_flatpickr`) gets Vietnamese
 *   month and weekday names and weeks from Monday.
 * - Relative times ("2 năm trước", "3 ngày tới") come from moment's locale, which Camunda sets when a language file
 *   arrives: vi.json sets 'vi', and the English fallback, when it arrives later, sets 'en' back. Here the locale follows
 *   the language Tasklist shows, and the task cards are drawn again when it changes.
 *
 * English stays English: when the user's Tasklist is in English (a browser not set to Vietnamese), nothing is changed.
 */
define('thiduaflow-texts', ['angular'], function(angular) {
  'use strict';

  var state = {vietnamese: true}; // the application's first language until Tasklist says which one it shows

  // --- form-js's date order -----------------------------------------------------------------------------------------

  var NativeDateTimeFormat = Intl.DateTimeFormat;
  function dateTimeArguments(args) {
    if (state.vietnamese && args.length <= 1 && args[0] === 'default') {
      return ['vi-VN', {day: '2-digit', month: '2-digit', year: 'numeric'}];
    }
    return args;
  }
  Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
    construct: function(target, args, newTarget) {
      return Reflect.construct(target, dateTimeArguments(args), newTarget === Intl.DateTimeFormat ? target : newTarget);
    },
    apply: function(target, self, args) {
      return Reflect.apply(target, self, dateTimeArguments(args));
    }
  });

  /**
   * The order form-js writes and reads a date in: ['day', 'month', 'year'] in some order, as the browser (or the
   * Vietnamese order above) gives it.
   */
  function dateOrder() {
    return new Intl.DateTimeFormat('default').formatToParts(new Date(Date.UTC(2020, 5, 5)))
      .map(function(part) { return part.type; })
      .filter(function(type) { return type === 'day' || type === 'month' || type === 'year'; });
  }

  /** The date a user typed in a form-js date field (in form-js's order), or null when it is not a whole date. */
  function parseTypedDate(text) {
    var numbers = (text || '').trim().split(/[^0-9]+/).filter(function(n) { return n.length > 0; });
    var order = dateOrder();
    if (numbers.length !== 3 || order.length !== 3) {
      return null;
    }
    var value = {};
    order.forEach(function(type, i) { value[type] = parseInt(numbers[i], 10); });
    if (String(value.year).length !== 4) {
      return null;
    }
    var date = new Date(value.year, value.month - 1, value.day);
    return date.getFullYear() === value.year && date.getMonth() === value.month - 1 && date.getDate() === value.day
      ? date : null;
  }

  // --- form-js's texts ----------------------------------------------------------------------------------------------

  function vietnameseNumber(n) {
    return /^-?\d+$/.test(n) ? n.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : n.replace('.', ',');
  }

  /** Whole texts form-js draws, each with its Vietnamese text (form-js 1.8.7, dist/index.es.js). */
  var TEXTS = [
    [/^Field is required\.$/, 'Thông tin này là bắt buộc.'],
    [/^Field must match pattern (.*)\.$/, function(m, pattern) {
      return 'Giá trị không đúng định dạng yêu cầu (mẫu ' + pattern + ').';
    }],
    [/^Field must have minimum value of (.*)\.$/, function(m, n) { return 'Giá trị nhỏ nhất là ' + vietnameseNumber(n) + '.'; }],
    [/^Field must have maximum value of (.*)\.$/, function(m, n) { return 'Giá trị lớn nhất là ' + vietnameseNumber(n) + '.'; }],
    [/^Field must have minimum length of (.*)\.$/, function(m, n) { return 'Cần nhập ít nhất ' + n + ' ký tự.'; }],
    [/^Field must have maximum length of (.*)\.$/, function(m, n) { return 'Chỉ được nhập tối đa ' + n + ' ký tự.'; }],
    [/^Field must be a valid +international phone number\. \(e\.g\. .*\)$/,
      'Số điện thoại phải viết theo dạng quốc tế (ví dụ +842053812345).'],
    [/^Field must be a valid email\.$/, 'Địa chỉ thư điện tử không hợp lệ.'],
    [/^Value is not a number\.$/, 'Giá trị phải là một số.'],
    [/^Value is expected to be an integer\.$/, 'Giá trị phải là số nguyên.'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, function(m, n) {
      return 'Giá trị chỉ được có tối đa ' + n + ' chữ số thập phân.';
    }],
    [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/, function(m, a, b) {
      return 'Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ' + vietnameseNumber(a) + ' và ' + vietnameseNumber(b)
        + '.';
    }],
    [/^Date and time must both be entered\.$/, 'Cần nhập cả ngày và giờ.'],
    [/^Select$/, 'Chọn'],
    [/^Search$/, 'Tìm kiếm'],
    [/^No results$/, 'Không có kết quả'],
    [/^All values selected$/, 'Đã chọn tất cả'],
    [/^Add new$/, 'Thêm mới'],
    [/^Collapse$/, 'Thu gọn'],
    [/^Expand all \((\d+)\)$/, function(m, n) { return 'Mở rộng tất cả (' + n + ')'; }],
    [/^Nothing to show\.$/, 'Không có dữ liệu.'],
    [/^No content to show\.$/, 'Không có nội dung.'],
    [/^Skip to search$/, 'Chuyển tới ô tìm kiếm'],
    [/^Increment$/, 'Tăng'],
    [/^Decrement$/, 'Giảm'],
    [/^Remove list item (\d+)$/, function(m, n) { return 'Xoá mục ' + n; }],
    [/^Remove tag$/, 'Bỏ chọn'],
    [/^Previous page$/, 'Trang trước'],
    [/^Next page$/, 'Trang sau'],
    [/^Click to sort by (.*) ascending$/, function(m, label) { return 'Bấm để sắp xếp theo ' + label + ' tăng dần'; }],
    [/^Click to sort by (.*) descending$/, function(m, label) { return 'Bấm để sắp xếp theo ' + label + ' giảm dần'; }],
    [/^Click to remove sorting$/, 'Bấm để bỏ sắp xếp']
  ];
  var ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

  /** The Vietnamese text of one of form-js's texts (spaces around kept), or the text itself. */
  function translate(text) {
    var trimmed = text.trim();
    if (!trimmed) {
      return text;
    }
    for (var i = 0; i < TEXTS.length; i++) {
      if (TEXTS[i][0].test(trimmed)) {
        return text.replace(trimmed, trimmed.replace(TEXTS[i][0], TEXTS[i][1]));
      }
    }
    return text;
  }

  function inForm(node) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element && element.closest('.fjs-container');
  }

  function translateText(node) {
    var text = translate(node.data);
    if (text !== node.data) {
      node.data = text;
    }
  }

  function translateAttributes(element) {
    ATTRIBUTES.forEach(function(name) {
      var value = element.getAttribute(name);
      if (value) {
        var text = translate(value);
        if (text !== value) {
          element.setAttribute(name, text);
        }
      }
    });
  }

  function translateTree(root) {
    if (root.nodeType === Node.TEXT_NODE) {
      translateText(root);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    translateAttributes(root);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        translateText(node);
      } else {
        translateAttributes(node);
      }
    }
    Array.prototype.forEach.call(root.querySelectorAll('input.flatpickr-input'), localizePicker);
    if (root.matches('input.flatpickr-input')) {
      localizePicker(root);
    }
  }

  // --- the date picker ----------------------------------------------------------------------------------------------

  var MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  var FLATPICKR_VI = {
    weekdays: {
      shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
    },
    months: {
      shorthand: MONTHS.map(function(m) { return 'Th' + m; }),
      longhand: MONTHS.map(function(m) { return 'Tháng ' + m; })
    },
    firstDayOfWeek: 1,
    ordinal: function() { return ''; },
    rangeSeparator: ' đến ',
    weekAbbreviation: 'Tuần',
    scrollTitle: 'Cuộn để tăng, giảm',
    toggleTitle: 'Bấm để chuyển',
    amPM: ['SA', 'CH'],
    yearAriaLabel: 'Năm',
    monthAriaLabel: 'Tháng',
    hourAriaLabel: 'Giờ',
    minuteAriaLabel: 'Phút',
    time_24hr: true
  };

  function localizePicker(input) {
    var picker = input._flatpickr;
    if (!state.vietnamese || !picker || picker.thiduaflowLocalized) {
      return;
    }
    picker.thiduaflowLocalized = true;
    var shown = input.value;
    picker.set({locale: FLATPICKR_VI, ariaDateFormat: 'd/m/Y'});
    input.value = shown; // what the user typed stays (flatpickr writes its selected date back)
  }

  // form-js draws a form once, and again each change; the observer looks only at what changed inside a form
  new MutationObserver(function(mutations) {
    if (!state.vietnamese) {
      return;
    }
    mutations.forEach(function(mutation) {
      if (!inForm(mutation.target)) {
        return;
      }
      if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateAttributes(mutation.target);
      } else {
        Array.prototype.forEach.call(mutation.addedNodes, translateTree);
      }
    });
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });

  // --- relative times and the language ------------------------------------------------------------------------------

  angular.module('thiduaflow.texts', []).run(['$rootScope', '$translate', 'moment', 'amMoment',
    function($rootScope, $translate, moment, amMoment) {
      var wanted = null;
      function follow() {
        if (wanted && moment.locale() !== wanted && moment.locales().indexOf(wanted) >= 0) {
          amMoment.changeLocale(wanted); // sets the locale and draws every relative time again
        }
      }
      // Camunda's loader calls these for each language file that arrives, and each sets moment's global locale
      ['defineLocale', 'updateLocale'].forEach(function(name) {
        var original = moment[name];
        moment[name] = function() {
          var result = original.apply(this, arguments);
          follow();
          return result;
        };
      });
      function use(language) {
        if (!language) {
          return;
        }
        wanted = language;
        state.vietnamese = language === 'vi';
        if (moment.locale() !== wanted && moment.locales().indexOf(wanted) >= 0) {
          amMoment.changeLocale(wanted);
        } else {
          $rootScope.$broadcast('amMoment:localeChanged'); // cards drawn before the language file came
        }
      }
      $rootScope.$on('$translateChangeSuccess', function(event, change) { use(change.language); });
      use($translate.use());
    }]);

  return {
    /** Whether Tasklist shows Vietnamese (until it has said, yes). */
    vietnamese: function() { return state.vietnamese; },
    parseTypedDate: parseTypedDate
  };
});
