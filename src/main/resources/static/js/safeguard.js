// Safeguard page behaviour. No inline scripts (the Content-Security-Policy forbids them).
(function () {
  "use strict";
  // Tenant switcher: changing the organization submits at once; the Go button remains for keyboard users.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // Automatic logoff (164.312(a)(2)(iii)): the server ends idle sessions; this also clears the screen, so that
  // a page left open does not keep showing data after the session is gone.
  var idle = parseInt(document.body.getAttribute("data-idle-seconds") || "0", 10);
  // The server counts idleness from the last request, so the page counts from its own load.
  if (idle > 0) {
    setTimeout(function () { window.location.assign("/login?timeout"); }, idle * 1000 + 2000);
  }
})();
