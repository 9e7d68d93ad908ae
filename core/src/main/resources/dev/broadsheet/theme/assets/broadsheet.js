/*
 * Broadsheet's built-in theme: the large-text switch (适老化大字模式). Pages work without this file; the
 * button stays hidden until it runs. The choice lives in localStorage so that it holds on every page of the
 * site; the inline script in each page's <head> applies it before the first paint.
 */
(function () {
  "use strict";
  var KEY = "broadsheet.largeText";
  var CLASS = "large-text";
  var root = document.documentElement;
  var button = document.querySelector(".large-text-toggle");
  if (!button) return;

  function show(on) {
    root.classList.toggle(CLASS, on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }

  show(root.classList.contains(CLASS));
  button.hidden = false;
  button.addEventListener("click", function () {
    var on = !root.classList.contains(CLASS);
    show(on);
    try {
      localStorage.setItem(KEY, on ? "on" : "off");
    } catch (e) {
      // storage refused (private mode, file://): the switch still works on this page
    }
  });
})();
