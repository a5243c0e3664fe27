// Problem Definition Coach: what the page adds to Chainlit's (loaded through custom_js in
// .chainlit/config.toml). It reports how the person has the page to the app, which then sends
// the plan sidebar only while it is wanted (assistant/channels/web/view.py):
// - the screen width, in the cookie coach_view (narrow under Chainlit's own 768 px breakpoint),
//   read when the chat connects;
// - the plan sidebar opened or closed by the person, in the cookie coach_sidebar and as a window
//   message {coach: "sidebar", state, narrow}, which Chainlit hands to @cl.on_window_message.
// It also puts the task list's title in the UI language (Chainlit's is always "Tasks"); the app
// sends that label as the window message {coach: "texts", tasks}. And it names the phone's plan
// sheet for screen readers (see labelSheet).
(function () {
  "use strict";
  var NARROW_BELOW = 768;
  var YEAR = 365 * 24 * 3600;
  var texts = {};

  function narrow() {
    return window.innerWidth < NARROW_BELOW;
  }

  function setCookie(name, value) {
    document.cookie = name + "=" + value + "; path=/; max-age=" + YEAR + "; SameSite=Lax";
  }

  function reportWidth() {
    setCookie("coach_view", narrow() ? "narrow" : "wide");
  }

  // The sidebar is open while Chainlit shows its content. It disappears when the person closes
  // it (its arrow or ✕, the sheet's backdrop, Escape), and also when they start a new chat,
  // which empties the chat: a close is reported only right after a click, tap or key press
  // that left the chat's messages on the page.
  var sidebarOpen = false;
  var gestureAt = 0;

  function gesture() {
    gestureAt = Date.now();
  }

  function messages() {
    return document.querySelectorAll("[data-step-type]").length;
  }

  function watchSidebar() {
    var open = !!document.getElementById("side-view-content");
    if (open === sidebarOpen) return;
    sidebarOpen = open;
    var byPerson = Date.now() - gestureAt < 1500 && messages() > 0;
    if (!open && !byPerson) return;
    var state = open ? "open" : "closed";
    setCookie("coach_sidebar", state);
    window.postMessage({ coach: "sidebar", state: state, narrow: narrow() }, window.location.origin);
  }

  function retitleTasks() {
    if (!texts.tasks) return;
    var lists = document.querySelectorAll("aside.tasklist, aside.tasklist-mobile");
    lists.forEach(function (list) {
      var title = list.querySelector(".font-semibold");
      if (title && title.textContent !== texts.tasks) title.textContent = texts.tasks;
    });
  }

  // On a phone the plan is Chainlit's sheet, whose title carries its own id (side-view-title)
  // where the dialog expects the id it made up (aria-labelledby), so screen readers get no name
  // and the dialog library logs an error each time the sheet opens (Chainlit 2.12). The dialog's
  // id is given to a hidden copy of the title; since the library looks for it in the same moment
  // the sheet appears, before any observer runs, its lookup of that id finds the title itself.
  var byId = document.getElementById.bind(document);
  document.getElementById = function (id) {
    var found = byId(id);
    if (found || typeof id !== "string" || id.indexOf("radix-") !== 0) return found;
    var title = byId("side-view-title");
    var dialog = title && title.closest('[role="dialog"]');
    return dialog && dialog.getAttribute("aria-labelledby") === id ? title : null;
  };

  function labelSheet() {
    var title = document.getElementById("side-view-title");
    var dialog = title && title.closest('[role="dialog"][aria-labelledby]');
    if (!dialog) return;
    var id = dialog.getAttribute("aria-labelledby");
    if (!id || document.getElementById(id)) return;
    var label = document.createElement("span");
    label.id = id;
    label.hidden = true;
    label.textContent = title.textContent;
    dialog.appendChild(label);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window || !data || data.coach !== "texts") return;
    texts = data;
    retitleTasks();
  });

  reportWidth();
  window.addEventListener("resize", reportWidth);
  ["pointerdown", "click", "keydown"].forEach(function (type) {
    document.addEventListener(type, gesture, true);
  });
  new MutationObserver(function () {
    labelSheet();
    watchSidebar();
    retitleTasks();
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
