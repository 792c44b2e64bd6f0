// A form that changes something is sent once: a second click (a double click, an impatient click while the answer is
// on its way) does nothing while the first is being answered, so a colleague, an afdeling or a token is not made
// twice and the page shows the answer to the first. The forms that register contacts and handle tasks also carry a
// key the server checks (SubmitOnce), for a resend that does not come from this page.
document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.getAttribute("method") || "get").toLowerCase() !== "post") {
        return;
    }
    if (form.getAttribute("data-verstuurd") === "ja") {
        event.preventDefault();
        return;
    }
    form.setAttribute("data-verstuurd", "ja");
    form.setAttribute("aria-busy", "true");
    // Should no answer come (the connection dropped), the medewerker can try again.
    setTimeout(function () {
        form.removeAttribute("data-verstuurd");
        form.removeAttribute("aria-busy");
    }, 15000);
});

// A page the browser shows again from its history can be sent again.
window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-verstuurd]"), function (form) {
        form.removeAttribute("data-verstuurd");
        form.removeAttribute("aria-busy");
    });
});
