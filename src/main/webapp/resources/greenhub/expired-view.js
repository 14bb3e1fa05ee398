/*
 * A session keeps a limited number of pages' views; an Ajax request from a page whose view is gone is answered by
 * reloading the page (layout.xhtml). On a form that saves each change as it is made (class gh-keep-on-reload: the
 * judge's score form), the change that met the expired view would be lost with the reload, without a word. So the
 * form's text fields are kept in this tab's sessionStorage across the reload and put back afterwards, each changed one
 * with a change event, and the page's own autosave sends them again.
 */
(function () {
    'use strict';
    var KEY = 'greenhub.keptOnReload';

    function page() {
        return window.location.pathname + window.location.search;
    }

    window.GreenHub = window.GreenHub || {};
    window.GreenHub.reloadKeepingInput = function () {
        try {
            var fields = {};
            document.querySelectorAll('form.gh-keep-on-reload input[type=text], form.gh-keep-on-reload textarea')
                .forEach(function (field) {
                    if (field.id && !field.disabled) {
                        fields[field.id] = field.value;
                    }
                });
            if (Object.keys(fields).length > 0) {
                window.sessionStorage.setItem(KEY, JSON.stringify({page: page(), fields: fields}));
            }
        } catch (e) {
            // no sessionStorage (private mode, full): reload all the same
        }
        window.location.reload();
    };

    function restore() {
        var kept;
        try {
            kept = JSON.parse(window.sessionStorage.getItem(KEY));
            window.sessionStorage.removeItem(KEY);
        } catch (e) {
            return;
        }
        if (!kept || kept.page !== page()) {
            return;
        }
        Object.keys(kept.fields).forEach(function (id) {
            var field = document.getElementById(id);
            if (field && !field.disabled && field.value !== kept.fields[id]) {
                field.value = kept.fields[id];
                field.dispatchEvent(new Event('change', {bubbles: true}));
            }
        });
    }

    // After every script of the page has run, so PrimeFaces' Ajax behaviours listen to the change events.
    if (document.readyState === 'complete') {
        restore();
    } else {
        window.addEventListener('load', restore);
    }
})();
