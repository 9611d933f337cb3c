/*
 * Thi Đua Flow: what a Camunda Form in Tasklist refuses, said beside the field it concerns, in Vietnamese. Loaded
 * through Tasklist's requireJsConfig (config.js), like thiduaflow-form-validity.js.
 *
 * - The plan's window. A task whose date must lie in the plan's window carries it as task-local String variables
 *   `windowFrom` and `windowTo` (ISO yyyy-MM-dd, set by the server's TaskContentListener), which Tasklist loads with
 *   the form (GET …/task/{id}/form-variables). Every date field of that task's form offers only the window's days in
 *   its picker (flatpickr's minDate/maxDate), and a date typed outside it is refused under the field — "Ngày phải
 *   trong thời gian Kế hoạch cho phép: từ dd/MM/yyyy đến dd/MM/yyyy" — before the server is asked: the typed date is
 *   kept in the field (flatpickr would drop it silently), and the form is not completed while the message shows
 *   (thiduaflow-form-validity.js counts it). Without the two variables nothing changes.
 * - The server's refusal. A form the server refuses (POST …/submit-form answered 400 with a problem of type
 *   urn:thiduaflow:invalid-input, with `field` and `vi`, or `errors: [{field, vi, en}]`) has every Vietnamese text
 *   shown under the form field whose key is that field (a row of a dynamic list as `nominees[2].name`, counted from 0
 *   as form-js does), found through the form's schema (GET …/deployed-form: form-js gives each field's DOM id the
 *   component's id, a row's with `_<index>`); the texts of fields the form does not show are listed above the
 *   buttons. A field's text goes when the user changes that field; all of them go with the next submission. They do
 *   not block a new submission: the server judges again.
 * - Tasklist's red banner after a refused submission shows the problem's `message` only, without the engine's
 *   "Cannot submit task form …: ENGINE-…" around it.
 */
define('thiduaflow-form-refusals', ['angular', 'thiduaflow-texts'], function(angular, texts) {
  'use strict';

  var INVALID_INPUT = 'urn:thiduaflow:invalid-input';
  var FORM_VARIABLES = /\/task\/([^/?]+)\/form-variables(\?|$)/;
  var SUBMIT = /\/(task|process-definition)\/([^/?]+)\/submit-form(\?|$)/;

  /** The plan's window of each task whose variables Tasklist loaded: {from, to} as local dates. */
  var windows = {};
  /** The last form submission sent, while its answer may still be reported by Tasklist. */
  var lastSubmission = null;

  function isoDate(value) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
    return match ? new Date(+match[1], +match[2] - 1, +match[3]) : null;
  }

  function vietnameseDate(date) {
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return two(date.getDate()) + '/' + two(date.getMonth() + 1) + '/' + date.getFullYear();
  }

  function json(xhr) {
    try {
      return (xhr.responseType === '' || xhr.responseType === 'text') ? JSON.parse(xhr.responseText) : null;
    } catch (e) {
      return null;
    }
  }

  // --- what Tasklist loads and sends (through Angular and the Camunda SDK, both XMLHttpRequest) ---------------------

  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function(method, url) {
    this.thiduaflowRequest = {method: String(method).toUpperCase(), url: String(url)};
    return open.apply(this, arguments);
  };
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function() {
    var request = this.thiduaflowRequest || {};
    var variables = request.method === 'GET' && FORM_VARIABLES.exec(request.url);
    var submission = request.method === 'POST' && SUBMIT.exec(request.url);
    if (variables) {
      this.addEventListener('load', function() {
        var body = this.status === 200 && json(this);
        if (body) {
          var from = isoDate(body.windowFrom && body.windowFrom.value);
          var to = isoDate(body.windowTo && body.windowTo.value);
          windows[variables[1]] = from && to ? {from: from, to: to} : null;
        }
      });
    }
    if (submission) {
      var xhr = this;
      lastSubmission = {xhr: xhr, url: request.url, sent: Date.now()};
      clearRefusals();
      this.addEventListener('load', function() {
        var problem = xhr.status === 400 && json(xhr);
        if (problem && problem.type === INVALID_INPUT) {
          showRefusal(request.url.replace(/submit-form(\?.*)?$/,
            submission[1] === 'task' ? 'deployed-form' : 'deployed-start-form'), problem);
        }
      });
    }
    return send.apply(this, arguments);
  };

  // --- the plan's window --------------------------------------------------------------------------------------------

  function currentTask() {
    var query = window.location.hash.split('?')[1] || '';
    return new URLSearchParams(query).get('task');
  }

  function windowOf(input) {
    var form = input.closest('[cam-tasklist-form-camunda]');
    return form && !form.closest('.modal') ? windows[currentTask()] : null;
  }

  function dateInputs(root) {
    return Array.prototype.slice.call(root.querySelectorAll('.fjs-form-field-datetime input.flatpickr-input'));
  }

  function windowMessage(range) {
    return 'Ngày phải trong thời gian Kế hoạch cho phép: từ ' + vietnameseDate(range.from) + ' đến '
      + vietnameseDate(range.to);
  }

  /** Shows or removes the window's message under a date field; true when the typed date lies outside. */
  function judgeDate(input) {
    var range = windowOf(input);
    var date = range && texts.parseTypedDate(input.value);
    var outside = !!date && (date < range.from || date > range.to);
    var field = input.closest('.fjs-form-field');
    var shown = field && field.querySelector(':scope > .tdf-window');
    if (outside && !shown && field) {
      field.appendChild(message('fjs-form-field-error tdf-window', [windowMessage(range)]));
      field.classList.add('fjs-has-errors');
    } else if (!outside && shown) {
      removeMessage(shown);
    }
    return outside;
  }

  // while a typed date is refused, form-js's own message there ("required": it never took the date) says nothing more
  var style = document.createElement('style');
  style.textContent = '.fjs-form-field:has(> .tdf-window) > .fjs-form-field-error:not(.tdf-window) { display: none; }';
  document.head.appendChild(style);

  /** Gives a date field's picker the window's first and last day, once per picker. */
  function limitPicker(input) {
    var range = windowOf(input);
    var picker = input._flatpickr;
    if (!range || !picker || picker.thiduaflowWindow === range) {
      return;
    }
    picker.thiduaflowWindow = range;
    var typed = input.value;
    picker.set({minDate: range.from, maxDate: range.to});
    input.value = typed; // a date outside stays where the user sees it, with the message
    // with no date chosen the picker opens on today's month, which may have no day to pick: on the window's instead
    picker.config.onOpen = (picker.config.onOpen || []).concat([function() {
      if (!picker.selectedDates.length) {
        var today = new Date();
        picker.jumpToDate(today < range.from ? range.from : today > range.to ? range.to : today);
      }
    }]);
    judgeDate(input);
  }

  function recheck(input) {
    var form = input.closest('[cam-tasklist-form-camunda]');
    if (form) {
      form.dispatchEvent(new CustomEvent('thiduaflow:recheck'));
    }
  }

  // flatpickr takes a typed date on Enter (form-js sends one when the field is left), when the field is left, and when
  // the user clicks or tabs elsewhere while the picker is open; one outside the window would be dropped there without
  // a word. So it is refused here first: the event does not reach flatpickr and the picker is closed.
  function isWindowedDate(element) {
    return element instanceof HTMLInputElement && element.classList.contains('flatpickr-input') && !!windowOf(element);
  }

  function refuseTyped(input) {
    var before = !!input.closest('.fjs-form-field').querySelector(':scope > .tdf-window');
    var outside = judgeDate(input);
    if (outside && input._flatpickr && input._flatpickr.isOpen) {
      input._flatpickr.close();
    }
    if (outside || before) {
      recheck(input);
    }
    return outside;
  }

  document.addEventListener('keydown', function(event) {
    if (event.key === 'Enter' && isWindowedDate(event.target) && refuseTyped(event.target)) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  }, true);
  document.addEventListener('blur', function(event) {
    if (isWindowedDate(event.target) && refuseTyped(event.target)) {
      event.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener('mousedown', function(event) {
    var input = document.activeElement;
    var wrapper = isWindowedDate(input) && input.closest('.flatpickr-wrapper');
    if (wrapper && !wrapper.contains(event.target)) {
      refuseTyped(input);
    }
  }, true);
  document.addEventListener('input', function(event) {
    var input = event.target;
    if (isWindowedDate(input) && input.closest('.fjs-form-field').querySelector(':scope > .tdf-window')) {
      if (!input.value.trim() || texts.parseTypedDate(input.value)) {
        judgeDate(input);
        recheck(input);
      }
    }
  }, true);

  // the validity decorator asks before it judges a form (after every change form-js reports)
  document.addEventListener('thiduaflow:validate', function(event) {
    dateInputs(event.target).forEach(function(input) {
      limitPicker(input);
      judgeDate(input);
    });
  }, true);

  new MutationObserver(function() {
    document.querySelectorAll('[cam-tasklist-form-camunda]').forEach(function(form) {
      dateInputs(form).forEach(limitPicker);
    });
  }).observe(document.documentElement, {childList: true, subtree: true});

  // --- the server's refusal -----------------------------------------------------------------------------------------

  function message(classes, lines) {
    var box = document.createElement('div');
    box.className = classes;
    box.setAttribute('aria-live', 'polite');
    var list = document.createElement('ul');
    lines.forEach(function(line) {
      var item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  /** Removes a message of this script, and the field's red frame when form-js shows no message of its own there. */
  function removeMessage(shown) {
    var field = shown.parentNode && shown.parentNode.closest('.fjs-form-field');
    shown.remove();
    if (field && !field.querySelector(':scope > .fjs-form-field-error')) {
      field.classList.remove('fjs-has-errors');
    }
  }

  function clearRefusals() {
    document.querySelectorAll('.tdf-refusal').forEach(removeMessage);
  }

  var schemas = {};
  function schema(url) {
    if (!schemas[url]) {
      schemas[url] = fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(function(response) { return response.ok ? response.json() : {components: []}; })
        .catch(function() { return {components: []}; });
    }
    return schemas[url];
  }

  /** The component id of every keyed field, by its path without row numbers ("nominees.name"). */
  function fieldIds(components, prefix, ids) {
    (components || []).forEach(function(component) {
      var path = prefix;
      if (component.key) {
        ids[prefix.concat(component.key.split('.')).join('.')] = component.id;
      }
      if (component.path) {
        path = prefix.concat(component.path.split('.'));
        if (!component.key) {
          ids[path.join('.')] = component.id; // a dynamic list or group as a whole
        }
      }
      fieldIds(component.components, path, ids);
    });
    return ids;
  }

  /** The form-js field (`.fjs-form-field`) of a refused field key, or null when the form does not show it. */
  function fieldElement(form, ids, key) {
    var rows = [];
    var path = String(key || '').replace(/\[(\d+)\]/g, function(m, row) {
      rows.push(row);
      return '';
    });
    var id = ids[path];
    if (!id) {
      return null;
    }
    var suffix = '-' + id + rows.map(function(row) { return '_' + row; }).join('');
    var exact = new RegExp('^fjs-form-[^-]+' + suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(-(date|time|\\d+))?$');
    var found = Array.prototype.filter.call(form.querySelectorAll('[id*="' + suffix + '"]'),
      function(element) { return exact.test(element.id); })[0];
    return found ? found.closest('.fjs-form-field') : null;
  }

  function showRefusal(schemaUrl, problem) {
    var errors = Array.isArray(problem.errors) && problem.errors.length ? problem.errors
      : [{field: problem.field, vi: problem.vi || problem.message}];
    schema(schemaUrl).then(function(definition) {
      var modal = document.querySelector('.modal [cam-tasklist-form-camunda] .fjs-container');
      var container = /deployed-start-form$/.test(schemaUrl) && modal ? modal
        : Array.prototype.filter.call(document.querySelectorAll('[cam-tasklist-form-camunda] .fjs-container'),
          function(candidate) { return !candidate.closest('.modal'); })[0];
      if (!container) {
        return;
      }
      clearRefusals();
      var ids = fieldIds(definition.components, [], {});
      var elsewhere = [];
      var byField = new Map();
      errors.forEach(function(error) {
        var text = error.vi || error.message;
        if (!text) {
          return;
        }
        var field = fieldElement(container, ids, error.field);
        if (field) {
          byField.set(field, (byField.get(field) || []).concat([text]));
        } else {
          elsewhere.push(text);
        }
      });
      byField.forEach(function(lines, field) {
        field.appendChild(message('fjs-form-field-error tdf-refusal', lines));
        field.classList.add('fjs-has-errors');
      });
      if (elsewhere.length) {
        container.appendChild(message('fjs-form-field-error tdf-refusal tdf-refusals', elsewhere));
      }
      var first = container.querySelector('.tdf-refusal');
      if (first) {
        first.scrollIntoView({block: 'center'});
      }
    });
  }

  // a refused field's text goes when the user changes that field
  function onChange(event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target || (event.type === 'mousedown' && !target.closest(
        '.fjs-dropdownlist-item, .flatpickr-day, .fjs-select-cross, .fjs-taglist-tag-remove, '
        + '.fjs-number-arrow-container button, .fjs-repeat-row-remove'))) {
      return;
    }
    var field = target.closest('.fjs-form-field');
    var shown = field && field.querySelector(':scope > .tdf-refusal');
    if (shown) {
      removeMessage(shown);
    }
  }
  ['input', 'change', 'mousedown'].forEach(function(type) { document.addEventListener(type, onChange, true); });

  // --- Tasklist's banner --------------------------------------------------------------------------------------------

  /** The banner's text for a refused submission: the problem's message, or the engine's message without its wrapping. */
  function bannerMessage(message) {
    var answered = lastSubmission && lastSubmission.xhr.readyState === 4 && Date.now() - lastSubmission.sent < 60000
      ? lastSubmission.xhr : null;
    var problem = answered && answered.status >= 400 && json(answered);
    if (problem && problem.type === INVALID_INPUT) {
      lastSubmission = null;
      var lines = Array.isArray(problem.errors) && problem.errors.length
        ? problem.errors.map(function(error) { return error.vi; }).filter(Boolean) : [];
      return problem.message || problem.vi || lines.join(' ') || message;
    }
    return String(message || '')
      .replace(/^Cannot submit (task|process) form [^:]*:\s*/, '')
      .replace(/^ENGINE-\d+\s+/, '')
      .replace(/^There was an exception while invoking the TaskListener\. Message: '(Exception while invoking TaskListener: )?([\s\S]*)'$/, '$2');
  }

  angular.module('thiduaflow.formRefusals', []).config(['$provide', function($provide) {
    $provide.decorator('Notifications', ['$delegate', function(notifications) {
      var addError = notifications.addError;
      notifications.addError = function(notification) {
        if (notification && typeof notification.message === 'string') {
          notification.message = bannerMessage(notification.message);
        }
        return addError.apply(this, arguments);
      };
      return notifications;
    }]);
  }]);

  return {};
});
