// Keeps every Content-Security-Policy violation the browser reports in this page, so they can be seen
// (the page shows a notice; the sample's browser test reads window.sampleCspViolations).
(function () {
  'use strict';
  var seen = window.sampleCspViolations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    seen.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI,
      source: e.sourceFile, line: e.lineNumber, sample: e.sample });
    document.documentElement.setAttribute('data-csp-violations', String(seen.length));
  }, true);
}());
