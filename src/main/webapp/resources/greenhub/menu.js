/*
 * The header's menu (layout.xhtml, WEB-INF/includes/navigation.xhtml): disclosure buttons whose aria-expanded says
 * whether what they control is shown; the style sheet shows it from that attribute. The menu button (phones only)
 * opens the whole panel; each group button opens its group. Escape closes what is open and gives focus back to its
 * button; on wide screens, where groups drop down over the page, a click elsewhere closes them.
 */
(function () {
    'use strict';
    var GROUP = '.gh-group-toggle';
    var MENU = '.gh-menu-button';

    function expanded(button) {
        return button.getAttribute('aria-expanded') === 'true';
    }
    function setExpanded(button, open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    function closeGroups(except) {
        document.querySelectorAll(GROUP + '[aria-expanded="true"]').forEach(function (button) {
            if (button !== except) {
                setExpanded(button, false);
            }
        });
    }
    function groupsDropDown() {
        var menuButton = document.querySelector(MENU);
        return !menuButton || menuButton.offsetParent === null;
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest(GROUP + ', ' + MENU);
        if (toggle) {
            var open = !expanded(toggle);
            if (toggle.matches(GROUP)) {
                closeGroups(toggle);
            }
            setExpanded(toggle, open);
        } else if (groupsDropDown() && !event.target.closest('.gh-group-links')) {
            closeGroups(null);
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        var open = document.querySelector(GROUP + '[aria-expanded="true"]') || document.querySelector(MENU + '[aria-expanded="true"]');
        if (open) {
            setExpanded(open, false);
            open.focus();
        }
    });
})();
