// The questions of the afdeling a terugbelverzoek is for appear as soon as it is chosen, and only those; the others'
// stay hidden (and the server uses only the chosen afdeling's answers).
document.addEventListener("DOMContentLoaded", function () {
    var veld = document.getElementById("toewijzenAan");
    var groepen = document.querySelectorAll("fieldset[data-voor]");
    if (!veld || groepen.length === 0) {
        return;
    }

    function toon() {
        var gekozen = veld.value.trim().toLowerCase();
        Array.prototype.forEach.call(groepen, function (groep) {
            groep.hidden = gekozen === "" || (gekozen !== groep.getAttribute("data-voor").toLowerCase()
                && gekozen !== groep.getAttribute("data-naam").toLowerCase());
        });
    }

    veld.addEventListener("input", toon);
    veld.addEventListener("change", toon);
    toon();
});
