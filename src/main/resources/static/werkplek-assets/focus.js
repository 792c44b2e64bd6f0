// Where the work is after a page load: after a refused save the summary of what to correct (so a screen reader reads
// it out and Tab leads to the first field), else the field the page names in data-focus on its <main>, else the
// <main> itself (a screen reader starts at the page's heading, and Tab at its first link). Without this the focus
// lands on <body> and the medewerker tabs through the whole menu first.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) {
        summary.setAttribute("tabindex", "-1");
        summary.focus();
        return;
    }
    var main = document.querySelector("main");
    if (!main) {
        return;
    }
    var field = main.hasAttribute("data-focus") && document.getElementById(main.getAttribute("data-focus"));
    (field || main).focus();
});
