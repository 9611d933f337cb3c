/*
 * Thi Đua Flow: Tasklist decides whether a Camunda Form may be completed from the errors form-js reports with every
 * change (cam-tasklist-form-camunda.js: `Object.keys(evt.errors).length`). form-js 1.8.7, which Tasklist 7.24 ships,
 * leaves an empty entry in those errors for every field of a dynamic list once it is valid (Form#_update sets
 * errors[id][index] to undefined), so a form with a dynamic list — the nominee list of the nominations task — could
 * never be completed. This AngularJS module, loaded through Tasklist's own requireJsConfig (config.js), decorates
 * that directive: it judges validity by the errors form-js shows on the form instead. What is invalid is still
 * refused: form-js validates every field again when the form is submitted, and the server checks every value.
 *
 * A secret ballot has no draft: Tasklist's «Lưu» keeps a form's values in the browser's storage to complete later,
 * which for a ballot would leave a member's choices on the machine. On a form holding the ballot's marks (form-js
 * gives each field a DOM id ending in the field's id, here Field_BallotChoice) the button is hidden.
 *
 * Other scripts show messages of their own in a form (thiduaflow-form-refusals.js: a date outside the plan's window):
 * before judging, this decorator sends the event `thiduaflow:validate` to the form so that they bring their messages up
 * to date, and it judges again when one sends `thiduaflow:recheck`. A message with the class `tdf-refusal` (what the
 * server refused at the last submission) does not keep the form from being sent again.
 *
 * A user whose password someone else gave must change it first (FirstPasswordChangeFilter answers every API call with
 * 403 of type urn:thiduaflow:password-change-required): on that answer Tasklist goes to Camunda's Welcome page, whose
 * profile form changes the password.
 */
define('thiduaflow-form-validity', ['angular'], function(angular) {
  'use strict';

  var BALLOT_FIELD = '[id*="-Field_BallotChoice"]';

  function hideDraftOfBallot(form) {
    var container = form.closest('[cam-tasklist-form]') || form.parentNode;
    if (!container || !form.querySelector(BALLOT_FIELD)) {
      return;
    }
    Array.prototype.forEach.call(container.querySelectorAll('button[ng-click="save($event)"]'), function(button) {
      button.style.display = 'none';
    });
  }

  var PASSWORD_CHANGE = 'urn:thiduaflow:password-change-required';
  var redirecting = false;

  // Tasklist calls its API through Angular and through the Camunda SDK (both XMLHttpRequest): watch every answer
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function() {
    this.addEventListener('load', function() {
      var text = '';
      try {
        text = this.status === 403 && (this.responseType === '' || this.responseType === 'text') ? this.responseText : '';
      } catch (e) {
        text = '';
      }
      if (text.indexOf(PASSWORD_CHANGE) >= 0 && !redirecting) {
        // once: Tasklist's other calls are refused the same way, and a second navigation would interrupt the first
        redirecting = true;
        window.location.replace(window.location.pathname.replace(/\/app\/tasklist\/.*$/, '/app/welcome/default/')
          + '#!/welcome');
      }
    });
    return send.apply(this, arguments);
  };

  angular.module('thiduaflow.formValidity', []).config(['$provide', function($provide) {
    $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', function($delegate) {
      var directive = $delegate[0];
      var link = directive.link;
      directive.compile = function() {
        return function(scope, element, attrs, formController) {
          var notify = formController.notifyFormValidated;
          var pending = null;
          function judge() {
            element[0].dispatchEvent(new CustomEvent('thiduaflow:validate', {bubbles: true}));
            hideDraftOfBallot(element[0]);
            var shown = Array.prototype.some.call(element[0].querySelectorAll('.fjs-form-field-error:not(.tdf-refusal)'),
              function(error) { return error.textContent.trim().length > 0; });
            notify.call(formController, shown);
          }
          formController.notifyFormValidated = function(invalid) {
            if (invalid && !element[0].querySelector('.fjs-form')) {
              notify.call(formController, true); // no form drawn (it failed to load): nothing can be completed
              return;
            }
            // form-js draws its messages after the change: look once it has
            clearTimeout(pending);
            pending = setTimeout(judge, 0);
          };
          element[0].addEventListener('thiduaflow:recheck', function() {
            if (element[0].querySelector('.fjs-form')) {
              clearTimeout(pending);
              pending = setTimeout(judge, 0);
            }
          });
          return link.apply(this, arguments);
        };
      };
      return $delegate;
    }]);
  }]);
});
