// Keeps what a medewerker types in each form marked data-concept on the server, a second after they stop typing, so
// that a session that ends during a long call does not take it along; each save also keeps the session alive. The
// contact form's draft and the notitieblok are such forms; each says where it reports in data-concept-status.
document.addEventListener("DOMContentLoaded", function () {
    var headers = JSON.parse(document.body.getAttribute("hx-headers") || "{}");
    headers["Content-Type"] = "application/x-www-form-urlencoded";

    Array.prototype.forEach.call(document.querySelectorAll("form[data-concept]"), function (form) {
        var status = document.getElementById(form.getAttribute("data-concept-status") || "concept-status");
        var timer = null;

        function bewaar() {
            clearTimeout(timer);
            fetch(form.getAttribute("data-concept"), {
                method: "POST",
                headers: headers,
                body: new URLSearchParams(new FormData(form)),
                credentials: "same-origin",
                redirect: "manual"
            }).then(function (response) {
                if (!status) {
                    return;
                }
                if (response.status === 204) {
                    var nu = new Date();
                    status.textContent = "Uw invoer is bewaard ("
                        + String(nu.getHours()).padStart(2, "0") + ":" + String(nu.getMinutes()).padStart(2, "0")
                        + ").";
                } else {
                    status.textContent = "Uw invoer kon niet worden bewaard. Sla het contact op of log opnieuw in.";
                }
            }, function () {
                if (status) {
                    status.textContent = "Uw invoer kon niet worden bewaard: geen verbinding.";
                }
            });
        }

        function later() {
            clearTimeout(timer);
            timer = setTimeout(bewaar, 1000);
        }

        form.addEventListener("input", later);
        form.addEventListener("change", later);
        form.addEventListener("submit", function () {
            clearTimeout(timer);
        });
        Array.prototype.forEach.call(form.querySelectorAll("[data-leegmaken]"), function (button) {
            button.addEventListener("click", function () {
                Array.prototype.forEach.call(form.querySelectorAll("textarea"), function (field) {
                    field.value = "";
                });
                bewaar();
                var first = form.querySelector("textarea");
                if (first) {
                    first.focus();
                }
            });
        });

        // What was typed before this script ran (it is deferred, so a quick typist or a browser restoring the form
        // can be first) raised no event here: keep it all the same.
        var typed = Array.prototype.some.call(form.elements, function (field) {
            if (field.type === "checkbox" || field.type === "radio") {
                return field.checked !== field.defaultChecked;
            }
            if (field.tagName === "SELECT") {
                return Array.prototype.some.call(field.options, function (option) {
                    return option.selected !== option.defaultSelected;
                });
            }
            return "defaultValue" in field && field.type !== "hidden" && field.value !== field.defaultValue;
        });
        if (typed) {
            later();
        }
    });

    // The notitieblok stays open from page to page once the medewerker opened it, until they close it.
    var notitieblok = document.getElementById("notitieblok");
    if (notitieblok) {
        try {
            notitieblok.open = window.sessionStorage.getItem("notitieblok-open") === "ja";
            notitieblok.addEventListener("toggle", function () {
                window.sessionStorage.setItem("notitieblok-open", notitieblok.open ? "ja" : "nee");
            });
        } catch (e) {
            // Without storage the notitieblok opens closed on each page; its notes are kept all the same.
        }
    }
});
