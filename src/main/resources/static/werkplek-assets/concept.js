// Keeps what a medewerker types in a form marked data-concept on the server, a second after they stop typing, so that
// a session that ends during a long call does not take it along; each save also keeps the session alive.
document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-concept]");
    if (!form) {
        return;
    }
    var status = document.getElementById("concept-status");
    var timer = null;
    var headers = JSON.parse(document.body.getAttribute("hx-headers") || "{}");
    headers["Content-Type"] = "application/x-www-form-urlencoded";

    function bewaar() {
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
                    + String(nu.getHours()).padStart(2, "0") + ":" + String(nu.getMinutes()).padStart(2, "0") + ").";
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

    // What was typed before this script ran (it is deferred, so a quick typist or a browser restoring the form can
    // be first) raised no event here: keep it all the same.
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
