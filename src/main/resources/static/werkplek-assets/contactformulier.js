// Contact registreren: the terugbelverzoek's fields show only once "Terugbelverzoek maken" is ticked, and of the
// afdelingen' questions only those of the afdeling the verzoek is for (the server uses only that afdeling's answers).
// Without this script every field shows, and the form works the same.
document.addEventListener("DOMContentLoaded", function () {
    var terugbellen = document.getElementById("terugbellen");
    var vervolg = document.getElementById("vervolg-velden");
    if (terugbellen && vervolg) {
        var toonVervolg = function () {
            vervolg.hidden = !terugbellen.checked;
        };
        terugbellen.addEventListener("change", toonVervolg);
        toonVervolg();
    }

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
