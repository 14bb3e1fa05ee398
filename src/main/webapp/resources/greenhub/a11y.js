/*
 * Form fields for people who do not see the page or do not use a mouse (layout.xhtml loads it on every page).
 *
 * 1. Errors linked to their field. PrimeFaces' <p:message for="x"> is a live region, and when it holds a message its
 *    widget points the field's aria-describedby at the text, but it neither marks the field invalid nor takes the
 *    link away when the message goes. After every page load and every Ajax update, each field whose message holds an
 *    error gets aria-invalid="true" and the message's id in its aria-describedby (beside what was there), so a
 *    screen reader reads the reason with the field; a cleared message takes both away again. After a request sent by
 *    a button (submit, save), focus moves to the first field in error, so the error is where the person is; a change
 *    saved on leaving a field (autosave) leaves focus where the person went.
 * 2. Arrow keys on stepped number fields (data-gh-step, with data-gh-min and data-gh-max): ArrowUp and ArrowDown
 *    add or take one step from what is typed, within the scale, written as the page's language writes numbers. The
 *    change is sent when the field is left, as a typed one is, so holding an arrow key does not send a request each step.
 * 3. Tables named: a p:dataTable with summary="…" is named by it (PrimeFaces renders it hidden beside the table and
 *    only describes the table with it); any other data table without a caption or aria-label is named by the heading
 *    of the card or section it stands in (aria-labelledby), so a screen reader's list of tables says what each one
 *    holds in the page's language, without a second copy of every heading in the bundles.
 *
 * 4. Message lists: PrimeFaces 15 writes role="alert" on each <li> of a p:messages list, which a list may not hold
 *    (a screen reader then stops reading it as a list; axe rule "list"). The role goes to the box around the list,
 *    so the messages are still announced when they appear.
 *
 * Content-Security-Policy: this is a script file from GreenHub's own resources; it writes no inline handler.
 */
(function () {
    'use strict';

    var OWN = 'data-gh-invalid';

    function byId(id) {
        return id ? document.getElementById(id) : null;
    }

    function tokens(element, name) {
        var value = element.getAttribute(name);
        return value ? value.split(/\s+/).filter(Boolean) : [];
    }

    function hasError(message) {
        return /\bui-message-(error|fatal)\b/.test(message.className) && message.textContent.trim() !== '';
    }

    /** Message id to field id, learnt from PrimeFaces' message widgets (an empty message has no widget). */
    var targets = {};

    function learnTargets() {
        var Message = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Message;
        if (Message) {
            Object.keys(PrimeFaces.widgets).forEach(function (name) {
                var widget = PrimeFaces.widgets[name];
                if (widget instanceof Message && widget.cfg && widget.cfg.target) {
                    targets[widget.id] = widget.cfg.target;
                }
            });
        }
        document.querySelectorAll('.ui-message[data-target]').forEach(function (message) {
            targets[message.id] = message.getAttribute('data-target');
        });
    }

    /** Links each field message to its field; answers the fields in error in the page's order. */
    function linkMessages() {
        learnTargets();
        var invalid = [];
        Object.keys(targets).forEach(function (messageId) {
            var message = byId(messageId);
            var field = byId(targets[messageId]);
            if (!message || !field) {
                return;
            }
            // PrimeFaces' own link points at the message's text span (id "<message>_…"); the message itself replaces it.
            var described = tokens(field, 'aria-describedby').filter(function (id) {
                return id !== messageId && id.indexOf(messageId + '_') !== 0;
            });
            if (hasError(message)) {
                described.push(messageId);
                field.setAttribute('aria-invalid', 'true');
                field.setAttribute(OWN, 'true');
                invalid.push(field);
            } else if (field.getAttribute(OWN) === 'true') {
                // Only what this script set: PrimeFaces writes aria-invalid itself for a field its validation refused.
                field.removeAttribute('aria-invalid');
                field.removeAttribute(OWN);
            }
            if (described.length) {
                field.setAttribute('aria-describedby', described.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
        invalid.sort(function (a, b) {
            return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
        return invalid;
    }

    function sourceElement(source) {
        if (!source) {
            return null;
        }
        if (typeof source === 'string') {
            return byId(source);
        }
        return source.jquery ? source[0] : source;
    }

    function focusFirst(invalid) {
        if (invalid.length && !invalid[0].disabled) {
            invalid[0].focus();
        }
    }

    var headingCount = 0;

    /** Names each unnamed data table by the nearest heading before it in its card or section. */
    function nameTables() {
        document.querySelectorAll('.ui-datatable table').forEach(function (table) {
            var summary = tokens(table, 'aria-describedby').map(byId).filter(function (element) {
                return element && element.classList.contains('ui-datatable-summary');
            })[0];
            if (summary) {
                table.setAttribute('aria-labelledby', summary.id);
                return;
            }
            if (table.querySelector(':scope > caption') || table.hasAttribute('aria-label')
                    || table.hasAttribute('aria-labelledby')) {
                return;
            }
            var container = table.closest('section, .gh-card, .ui-dialog');
            if (!container) {
                return;
            }
            var heading = null;
            container.querySelectorAll('h2, h3, .ui-dialog-title').forEach(function (candidate) {
                if (candidate.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) {
                    heading = candidate;
                }
            });
            if (!heading || heading.textContent.trim() === '') {
                return;
            }
            if (!heading.id) {
                headingCount += 1;
                heading.id = 'gh-table-heading-' + headingCount;
            }
            table.setAttribute('aria-labelledby', heading.id);
        });
    }

    function liftMessageRoles() {
        document.querySelectorAll('.ui-messages ul > li[role]').forEach(function (item) {
            var box = item.parentNode.parentNode;
            if (box && !box.hasAttribute('role')) {
                box.setAttribute('role', item.getAttribute('role'));
                if (item.hasAttribute('aria-atomic')) {
                    box.setAttribute('aria-atomic', item.getAttribute('aria-atomic'));
                }
            }
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
        });
    }

    function afterLoad() {
        liftMessageRoles();
        nameTables();
        focusFirst(linkMessages());
    }

    if (window.jQuery) {
        // After PrimeFaces' own ready handlers, which create the message widgets this reads.
        jQuery(afterLoad);
        // PrimeFaces announces the end of each Ajax request, after it has replaced the updated parts of the page.
        jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
            liftMessageRoles();
            nameTables();
            var invalid = linkMessages();
            var source = sourceElement(settings && settings.source);
            var byButton = source && source.closest && source.closest('button, [type=submit], .ui-button');
            if (byButton) {
                focusFirst(invalid);
            }
        });
    }

    // ---- arrow keys on stepped number fields ----------------------------------------------------------------

    function language() {
        return document.documentElement.lang || 'en';
    }

    function decimalSeparator() {
        return (1.5).toLocaleString(language()).replace(/[0-9]/g, '') || '.';
    }

    function decimals(number) {
        var text = String(number);
        return text.indexOf('.') < 0 ? 0 : text.length - text.indexOf('.') - 1;
    }

    function parse(text) {
        var plain = text.replace(/\s/g, '').split(decimalSeparator()).join('.');
        return plain === '' || isNaN(Number(plain)) ? null : Number(plain);
    }

    function stepped(field, direction) {
        var min = Number(field.getAttribute('data-gh-min'));
        var max = Number(field.getAttribute('data-gh-max'));
        var step = Number(field.getAttribute('data-gh-step'));
        var current = parse(field.value);
        var next;
        if (current === null) {
            next = direction > 0 ? min : max;
        } else {
            // From the nearest step of the scale, so an off-step value lands back on the scale.
            var steps = Math.round((current - min) / step);
            next = min + (steps + direction) * step;
        }
        next = Math.min(max, Math.max(min, next));
        return next.toLocaleString(language(), {
            useGrouping: false,
            minimumFractionDigits: 0,
            maximumFractionDigits: Math.max(decimals(step), decimals(min))
        });
    }

    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (!field.matches || !field.matches('input[data-gh-step]') || field.readOnly || field.disabled
                || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') {
            return;
        }
        event.preventDefault();
        field.value = stepped(field, event.key === 'ArrowUp' ? 1 : -1);
    });

    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('input[data-gh-step]')) {
            event.target.setAttribute('data-gh-sent', event.target.value);
        }
    }, true);

    document.addEventListener('focusin', function (event) {
        if (event.target.matches && event.target.matches('input[data-gh-step]')) {
            event.target.setAttribute('data-gh-sent', event.target.value);
        }
    });

    document.addEventListener('focusout', function (event) {
        var field = event.target;
        if (field.matches && field.matches('input[data-gh-step]') && field.value !== field.getAttribute('data-gh-sent')) {
            // A value set by the arrow keys: the browser sends no change for it, so say it changed, as typing would.
            field.setAttribute('data-gh-sent', field.value);
            field.dispatchEvent(new Event('change', { bubbles: true }));
        }
    });
})();
