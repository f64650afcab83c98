// Reader pages: a highlight is a link to its verdict further down the page (which works without
// any script); with this script it opens the verdict as a modal dialog instead (focus stays inside
// until it is closed), and closing returns focus to the highlight. "Show image" loads an imported
// article's image in place. Served from our own origin: the page allows no inline script.
(function () {
  var opener = null;
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var show = target && target.closest("a[data-show-image]");
    if (show) {
      event.preventDefault();
      var holder = show.closest(".image-placeholder");
      var image = document.createElement("img");
      image.src = show.getAttribute("href");
      image.alt = (holder.getAttribute("aria-label") || "").replace(/^Image: /, "").replace(/^Image without a description$/, "");
      holder.replaceWith(image);
      return;
    }
    var link = target && target.closest("a[data-verdict]");
    var dialog = link && document.getElementById(link.getAttribute("data-verdict"));
    if (!dialog || typeof dialog.showModal !== "function") return;
    event.preventDefault();
    opener = link;
    dialog.showModal();
    var close = dialog.querySelector("button");
    if (close) close.focus();
  });
  document.addEventListener(
    "close",
    function (event) {
      if (!opener || event.target.id !== opener.getAttribute("data-verdict")) return;
      opener.focus();
      opener = null;
    },
    true,
  );
  // A click on the backdrop (outside the dialog's box) closes it, as with the Close button.
  document.addEventListener("click", function (event) {
    var dialog = event.target;
    if (!(dialog instanceof HTMLDialogElement) || !dialog.open) return;
    var box = dialog.getBoundingClientRect();
    var inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
})();
