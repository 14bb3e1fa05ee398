/*
 * PrimeFaces' own texts in the reader's language. PrimeFaces ships locale scripts (locales/locale-th.js, -vi.js,
 * -zh.js) whose paginator, sorting and date picker texts are partly machine-translated or broken (Vietnamese
 * "Trang {trang}" never gets its page number). The layout writes our reviewed texts from the platform bundle into
 * <meta name="greenhub-library-texts" data-aria-…/data-label-…>; this script, rendered after PrimeFaces' locale
 * script and before any widget is built, puts them into the locale PrimeFaces is about to use.
 */
(function () {
    'use strict';
    var source = document.querySelector('meta[name="greenhub-library-texts"]');
    if (!window.PrimeFaces || !source) {
        return;
    }
    // PrimeFaces' names that do not follow the pattern "aria" + Name.
    var ariaNames = {
        sortAsc: 'datatable.sort.ASC',
        sortDesc: 'datatable.sort.DESC',
        sortNone: 'datatable.sort.NONE',
        spinnerIncrease: 'spinner.INCREASE',
        spinnerDecrease: 'spinner.DECREASE',
        messagesError: 'messages.ERROR',
        messagesFatal: 'messages.FATAL',
        messagesInfo: 'messages.INFO',
        messagesWarn: 'messages.WARN'
    };
    function uncapitalise(text) {
        return text.charAt(0).toLowerCase() + text.slice(1);
    }
    // The very object PrimeFaces.getLocaleSettings() answers for this page (its locale, its language, or English).
    var locale = PrimeFaces.getLocaleSettings();
    locale.aria = locale.aria || {};
    Object.keys(source.dataset).forEach(function (key) {
        var text = source.dataset[key];
        if (key.indexOf('aria') === 0) {
            var name = uncapitalise(key.slice(4));
            locale.aria[ariaNames[name] || name] = text;
        } else if (key.indexOf('label') === 0) {
            locale[uncapitalise(key.slice(5))] = text;
        }
    });

    // The date picker's calendar button shows only an icon and is built by script with the text "ui-button", which
    // is what screen readers read when PrimeFaces leaves it without a name: give it "Choose a date" in the page's
    // language whenever one appears (page load, ajax updates, widgets built late), before anybody can reach it.
    function nameDateButtons() {
        document.querySelectorAll('button.ui-datepicker-trigger').forEach(function (button) {
            if (!button.getAttribute('aria-label')) {
                button.setAttribute('aria-label', locale.chooseDate);
            }
            var text = button.querySelector('.ui-button-text');
            if (text && text.textContent === 'ui-button') {
                text.textContent = locale.chooseDate;
            }
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        nameDateButtons();
        new MutationObserver(nameDateButtons).observe(document.body, {childList: true, subtree: true});
    });
})();
