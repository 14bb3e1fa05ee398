/*
 * Starts Swagger UI on /api/docs (public/api-docs.xhtml) over the document that #swaggerUi's data-url names. A file
 * rather than an inline script, so the page's Content-Security-Policy needs no exception.
 */
(function () {
    'use strict';
    var target = document.getElementById('swaggerUi');
    if (!target) {
        return;
    }
    if (typeof window.SwaggerUIBundle !== 'function') {
        target.querySelector('.gh-api-docs-status').textContent = target.getAttribute('data-failed');
        return;
    }
    window.SwaggerUIBundle({
        url: target.getAttribute('data-url'),
        domNode: target,
        // Operations listed by tag, closed: the page stays short on a phone; a link opens one (#/Tag/operationId).
        docExpansion: 'list',
        deepLinking: true,
        // The schemas are shown with each operation; the long list at the bottom only repeats them.
        defaultModelsExpandDepth: -1,
        // No badge from validator.swagger.io: the page loads nothing from other sites.
        validatorUrl: null,
        // "Try it out" calls this GreenHub as the signed-in person (or with Authorize: Basic or a token).
        withCredentials: true
    });
})();
