// Reader pages: a highlight is a link to its verdict further down the page (which works without
// any script); with this script it opens the verdict as a dialog instead, and closing the dialog
// returns focus to the highlight. Served from our own origin: the page allows no inline script.
(function () {
  var opener = null;
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[data-verdict]") : null;
    var dialog = link && document.getElementById(link.getAttribute("data-verdict"));
    if (!dialog || typeof dialog.showPopover !== "function") return;
    event.preventDefault();
    opener = link;
    dialog.showPopover();
    var close = dialog.querySelector("button");
    if (close) close.focus();
  });
  document.addEventListener(
    "toggle",
    function (event) {
      if (event.newState !== "closed" || !opener || event.target.id !== opener.getAttribute("data-verdict")) return;
      // Only when focus is still in the closed dialog (or nowhere): never pull it back from
      // wherever the reader has moved on to.
      var focused = document.activeElement;
      if (!focused || focused === document.body || event.target.contains(focused)) opener.focus();
      opener = null;
    },
    true,
  );
})();
