// Keyboard navigation: j/k next/previous quote, n/p next/previous quote that needs work,
// a back to the quote's place in the article. Nothing is loaded; nothing leaves the page.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.quote"));
  function here() {
    var el = document.activeElement;
    var card = el && el.closest ? el.closest("article.quote") : null;
    if (card) return cards.indexOf(card);
    if (el && el.classList && el.classList.contains("hl")) {
      var target = document.getElementById(el.getAttribute("href").slice(1));
      return cards.indexOf(target) - 0.5;
    }
    return -1;
  }
  function go(card) {
    if (!card) return;
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "start" });
  }
  function step(direction, onlyAttention) {
    var i = here();
    var j = direction > 0 ? Math.floor(i) + 1 : Math.ceil(i) - 1;
    if (i < 0 && direction < 0) j = cards.length - 1;
    for (; j >= 0 && j < cards.length; j += direction) {
      if (!onlyAttention || cards[j].hasAttribute("data-attention")) return go(cards[j]);
    }
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    var key = event.key;
    if (key === "j" || key === "k") step(key === "j" ? 1 : -1, false);
    else if (key === "n" || key === "p") step(key === "n" ? 1 : -1, true);
    else if (key === "a") {
      var i = here();
      if (i < 0 || i !== Math.floor(i)) return;
      var mark = document.getElementById(cards[i].id + "-in-text");
      if (mark) { mark.focus(); mark.scrollIntoView({ block: "center" }); }
    } else return;
    event.preventDefault();
  });
  document.documentElement.setAttribute("data-keys", "ready");
})();
